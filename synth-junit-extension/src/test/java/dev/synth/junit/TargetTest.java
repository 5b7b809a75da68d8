package dev.synth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.junit.fixtures.ConfiguredByYaml;
import dev.synth.junit.fixtures.Facts;
import dev.synth.junit.fixtures.PostgreSqlMode;
import dev.synth.junit.fixtures.UsesSystemPropertyUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Isolated: one test sets the {@code synth.url} system property around an engine run. */
@Isolated
class TargetTest {

  @AfterEach
  void clearProperty() {
    System.clearProperty("synth.url");
    System.clearProperty("synth.user");
  }

  @Test
  void theSynthUrlPropertyPointsAtADatabaseThatNeedsNoSchemaScript(@TempDir Path dir)
      throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("shop").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement st = c.createStatement()) {
      st.execute(Files.readString(Path.of("src/test/resources/db/shop.sql")));
    }

    System.setProperty("synth.url", url);
    System.setProperty("synth.user", "sa");
    EngineExecutionResults results = EngineRun.of(UsesSystemPropertyUrl.class);

    EngineRun.assertPassed(results, 1);
    assertThat(Facts.get("url")).asString().startsWith(url);
    assertThat(Facts.get("customers")).isEqualTo(4L);
    assertThat(Facts.get("reported")).isEqualTo(4L);
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      assertThat(Facts.count(c, "customer")).as("the population is committed").isEqualTo(4);
    }
  }

  @Test
  void aSchemaFilePathAndAYamlConfigAreRead() {
    EngineExecutionResults results = EngineRun.of(ConfiguredByYaml.class);

    EngineRun.assertPassed(results, 2);
    assertThat(Facts.get("file.customers")).isEqualTo(6);
    assertThat(Facts.get("file.orders")).isEqualTo(9);
    assertThat(Facts.get("file.statuses")).isEqualTo(java.util.List.of("PAID"));
    assertThat(Facts.get("file.seed")).isEqualTo(5L);
    assertThat(Facts.get("file.seedSource")).isEqualTo("config file classpath:fixtures/synth.yaml");
  }

  @Test
  void tableRowsOnTheAnnotationRefineTheYamlTableKeepingItsColumns() {
    EngineRun.of(ConfiguredByYaml.class);

    assertThat(Facts.get("refined.orders")).isEqualTo(4);
    assertThat(Facts.get("refined.customers")).isEqualTo(6);
    assertThat(Facts.get("refined.statuses")).isEqualTo(java.util.List.of("PAID"));
  }

  @Test
  void theModeAttributeSetsTheH2CompatibilityMode() {
    EngineExecutionResults results = EngineRun.of(PostgreSqlMode.class);

    EngineRun.assertPassed(results, 1);
    assertThat(Facts.get("mode")).isEqualTo("PostgreSQL");
    assertThat(Facts.get("customers")).isEqualTo(3);
  }
}
