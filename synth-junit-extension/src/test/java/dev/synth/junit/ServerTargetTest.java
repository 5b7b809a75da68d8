package dev.synth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.junit.fixtures.Facts;
import dev.synth.junit.fixtures.MariadbByProperty;
import dev.synth.junit.fixtures.MariadbByUrl;
import dev.synth.junit.fixtures.PostgresByProperty;
import dev.synth.junit.fixtures.PostgresByUrl;
import dev.synth.servers.ServerDatabase;
import dev.synth.servers.ServerDatabase.Server;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code @SyntheticData} against the local PostgreSQL and MariaDB servers, each run in its own
 * schema (PostgreSQL) or database (MariaDB) that the test creates and drops. Isolated: some tests
 * set the {@code synth.url} system property around an engine run.
 */
@Isolated
class ServerTargetTest {
  private static final int FIXTURE_TESTS = 4;

  @AfterEach
  void clearProperties() {
    System.clearProperty("synth.url");
    System.clearProperty("synth.user");
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void theAnnotationsUrlGetsTheSchemaScriptAndTheConfiguredRows(Server server) throws Exception {
    try (ServerDatabase db = ServerDatabase.named(server, fixedName(server))) {
      EngineExecutionResults results = EngineRun.of(byUrl(server));

      EngineRun.assertPassed(results, FIXTURE_TESTS);
      assertThat(Facts.get("url")).asString().contains(db.name());
      assertThat(Facts.get("customers")).isEqualTo(12L);
      assertThat(Facts.get("orders")).isEqualTo(30L);
      assertThat(Facts.get("reported.orders")).isEqualTo(30L);
      assertThat(db.count("SELECT COUNT(*) FROM customer"))
          .as("the population is committed")
          .isEqualTo(12);
      assertThat(db.count("SELECT COUNT(*) FROM orders")).isEqualTo(30);
    }
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void aTestsWritesAreRolledBackBeforeTheNextTestEvenWhenItCommits(Server server) throws Exception {
    try (ServerDatabase db = ServerDatabase.named(server, fixedName(server))) {
      EngineRun.assertPassed(EngineRun.of(byUrl(server)), FIXTURE_TESTS);

      assertThat(Facts.get("writer.orders")).isEqualTo(0L);
      assertThat(Facts.get("writer.customers"))
          .as("inserted with the next identity")
          .isEqualTo(13L);
      assertThat(Facts.get("reader.orders")).isEqualTo(30);
      assertThat(Facts.get("reader.customers")).isEqualTo(12);
      assertThat(db.count("SELECT COUNT(*) FROM orders")).as("after the class").isEqualTo(30);
    }
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void theSameSeedFillsTheServerWithTheSameRowsOnASecondRun(Server server) throws Exception {
    List<List<Map<String, Object>>> first = rowsOfARun(server);
    List<List<Map<String, Object>>> second = rowsOfARun(server);

    assertThat(first.get(0)).as("customers").hasSize(12);
    assertThat(first.get(1)).as("orders").hasSize(30);
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void theSynthUrlPropertyFillsAPrivateSchemaThatAlreadyHasTables(Server server) throws Exception {
    try (ServerDatabase db = ServerDatabase.create(server)) {
      db.runScript(server == Server.POSTGRES ? "servers/postgres.sql" : "servers/mariadb.sql");
      System.setProperty("synth.url", db.url());
      System.setProperty("synth.user", db.user());

      EngineExecutionResults results = EngineRun.of(byProperty(server));

      EngineRun.assertPassed(results, FIXTURE_TESTS);
      assertThat(Facts.get("url")).asString().contains(db.name());
      assertThat(Facts.get("customers")).isEqualTo(6L);
      assertThat(Facts.get("reader.orders")).isEqualTo(6);
      assertThat(db.count("SELECT COUNT(*) FROM orders")).isEqualTo(6);
    }
  }

  /** The customer and order rows a fresh run of the annotation-URL fixture wrote. */
  @SuppressWarnings("unchecked")
  private static List<List<Map<String, Object>>> rowsOfARun(Server server) throws Exception {
    try (ServerDatabase db = ServerDatabase.named(server, fixedName(server))) {
      EngineRun.assertPassed(EngineRun.of(byUrl(server)), FIXTURE_TESTS);
      assertThat(db.count("SELECT COUNT(*) FROM customer")).isEqualTo(12);
      return (List<List<Map<String, Object>>>) Facts.get("rows");
    }
  }

  private static String fixedName(Server server) {
    return server == Server.POSTGRES ? PostgresByUrl.SCHEMA : MariadbByUrl.DATABASE;
  }

  private static Class<?> byUrl(Server server) {
    return server == Server.POSTGRES ? PostgresByUrl.class : MariadbByUrl.class;
  }

  private static Class<?> byProperty(Server server) {
    return server == Server.POSTGRES ? PostgresByProperty.class : MariadbByProperty.class;
  }
}
