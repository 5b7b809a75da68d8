package dev.synth.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.config.SynthConfig;
import dev.synth.introspect.SchemaReader;
import dev.synth.plan.Plan;
import dev.synth.plan.Planner;
import dev.synth.testing.Dumps;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanLoaderTest {
  private static final String SCHEMA =
      """
      CREATE TABLE author (id BIGINT PRIMARY KEY, name VARCHAR(80) NOT NULL, email VARCHAR(80) UNIQUE);
      CREATE TABLE book (id BIGINT PRIMARY KEY, author_id BIGINT NOT NULL REFERENCES author (id),
        title VARCHAR(120) NOT NULL, price DECIMAL(8, 2), published DATE);
      """;

  private static String load(int threads, int batchSize) throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      try (Statement st = c.createStatement()) {
        st.execute(SCHEMA);
      }
      SynthConfig config = SynthConfig.defaults().withRows(3_000);
      Plan plan = Planner.plan(SchemaReader.read(c, null), config, new JdbcFacts(c));
      new PlanLoader(c, batchSize, threads).load(plan);
      return Dumps.of(c, "author", "book");
    }
  }

  private static String loadInto(String schema) throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE SCHEMA " + schema + "; SET SCHEMA " + schema + "; " + SCHEMA);
      }
      Plan plan =
          Planner.plan(
              SchemaReader.read(c, schema), SynthConfig.defaults().withRows(500), new JdbcFacts(c));
      new PlanLoader(c, 1_000).load(plan);
      return Dumps.of(c, "author", "book");
    }
  }

  @Test
  void theDataDoesNotDependOnTheSchemaItIsWrittenTo() throws SQLException {
    String dev = loadInto("DEV");
    String ci = loadInto("CI_1234");

    assertThat(dev).contains("@").hasSizeGreaterThan(10_000);
    assertThat(ci).isEqualTo(dev);
  }

  @Test
  void theDataDoesNotDependOnThreadsOrBatchSize() throws SQLException {
    String single = load(1, 1_000);
    String many = load(4, 97);

    assertThat(single).hasSizeGreaterThan(100_000);
    assertThat(many).isEqualTo(single);
  }
}
