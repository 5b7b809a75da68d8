package dev.synth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.junit.fixtures.Facts;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@code @SyntheticData} on databases in Docker containers: one the Testcontainers JDBC driver
 * starts for a {@code jdbc:tc:} URL, and one the test starts itself and passes on through the
 * {@code synth.*} system properties. Skipped where Docker is not available. Isolated: it sets
 * {@code synth.url} for the whole JVM while its nested class runs.
 */
@Isolated
@Testcontainers(disabledWithoutDocker = true)
class ContainerTargetTest {

  @Container
  static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:15-alpine");

  /** Runs after the container started and before the nested class's database is filled. */
  @BeforeAll
  static void pointSynthAtTheContainer() {
    System.setProperty("synth.url", POSTGRES.getJdbcUrl());
    System.setProperty("synth.user", POSTGRES.getUsername());
    System.setProperty("synth.password", POSTGRES.getPassword());
  }

  @AfterAll
  static void forgetTheContainer() {
    System.clearProperty("synth.url");
    System.clearProperty("synth.user");
    System.clearProperty("synth.password");
  }

  @Nested
  @SyntheticData(
      schema = "classpath:servers/postgres.sql",
      rows = 12,
      tables = @TableRows(table = "orders", rows = 30))
  class AContainerTheTestStarted {

    @Test
    void isFilledThroughTheSynthUrlProperty(Connection c, SyntheticDataset data) throws Exception {
      assertThat(Facts.url(c)).isEqualTo(POSTGRES.getJdbcUrl());
      assertThat(Facts.count(c, "customer")).isEqualTo(12);
      assertThat(data.rowCount("orders")).isEqualTo(30);
    }
  }

  @Nested
  @SyntheticData(
      url = "jdbc:tc:postgresql:15-alpine:///shop",
      schema = "classpath:servers/postgres.sql",
      rows = 12,
      tables = @TableRows(table = "orders", rows = 30))
  class APostgresqlContainerFromAJdbcTcUrl {

    @Test
    void isFilledWithTheConfiguredRows(Connection c) throws Exception {
      assertThat(Facts.url(c)).startsWith("jdbc:postgresql:").doesNotContain(POSTGRES.getJdbcUrl());
      assertThat(Facts.count(c, "customer")).isEqualTo(12);
      assertThat(Facts.count(c, "orders")).isEqualTo(30);
    }
  }

  @Nested
  @SyntheticData(
      url = "jdbc:tc:mariadb:10.11:///shop",
      schema = "classpath:servers/mariadb.sql",
      rows = 12,
      tables = @TableRows(table = "orders", rows = 30))
  class AMariadbContainerFromAJdbcTcUrl {

    @Test
    void isFilledWithTheConfiguredRows(Connection c) throws Exception {
      assertThat(Facts.url(c)).startsWith("jdbc:mariadb:");
      assertThat(Facts.count(c, "customer")).isEqualTo(12);
      assertThat(Facts.count(c, "orders")).isEqualTo(30);
    }
  }
}
