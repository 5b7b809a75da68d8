package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.PopulateReport;
import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import dev.synth.servers.ServerDatabase.Server;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole engine against the real local PostgreSQL and MariaDB servers. */
class ServersSmokeTest {
  private static final SynthConfig CONFIG =
      SynthConfig.defaults().withRows(200).withExcludes(List.of("country"));

  private static PopulateReport populate(ServerDatabase db, String script) throws IOException {
    try (Synth synth = Synth.connect(db.url(), db.user(), "")) {
      synth.runScript(Fixtures.read(script), script);
      return synth.populate(CONFIG);
    }
  }

  @Test
  void fillsAPostgresqlSchemaWithItsOwnTypesAndContinuesItsIdentities() throws Exception {
    try (ServerDatabase db = ServerDatabase.create(Server.POSTGRES)) {
      PopulateReport report = populate(db, "servers/postgres-shop.sql");

      assertThat(report.rows("customer")).isEqualTo(200);
      assertThat(db.count("SELECT COUNT(*) FROM orders")).isEqualTo(200);
      assertThat(db.count("SELECT COUNT(DISTINCT uid) FROM customer")).isEqualTo(200);
      assertThat(db.count("SELECT COUNT(*) FROM customer WHERE mood IS NOT NULL")).isPositive();
      assertThat(db.count("SELECT COUNT(*) FROM orders WHERE shipped_at <= ordered_at")).isZero();
      assertThat(db.count("SELECT COUNT(*) FROM department WHERE manager_id IS NOT NULL"))
          .isPositive();
      assertThat(insertedId(db, "INSERT INTO orders (customer_id, ordered_at) VALUES (1, now())"))
          .isEqualTo(201);
      assertThat(
              insertedId(
                  db,
                  "INSERT INTO customer (uid, email, name, country_code, balance, created_at,"
                      + " status) VALUES (gen_random_uuid(), 'new@example.org', 'n', 'NL', 1,"
                      + " now(), 'ACTIVE')"))
          .isEqualTo(201);
    }
  }

  @Test
  void fillsAMariadbDatabaseWithinItsTypeRangesAndContinuesAutoIncrement() throws Exception {
    try (ServerDatabase db = ServerDatabase.create(Server.MARIADB)) {
      PopulateReport report = populate(db, "servers/mariadb-shop.sql");

      assertThat(report.rows("orders")).isEqualTo(200);
      assertThat(db.count("SELECT COUNT(*) FROM customer WHERE born NOT BETWEEN 1901 AND 2155"))
          .isZero();
      assertThat(db.count("SELECT COUNT(*) FROM customer WHERE born IS NOT NULL")).isPositive();
      assertThat(db.count("SELECT COUNT(*) FROM orders WHERE status NOT IN ('NEW', 'PAID')"))
          .isZero();
      assertThat(db.count("SELECT COUNT(*) FROM country")).isEqualTo(2);
      try (Connection c = db.connect();
          Statement st = c.createStatement()) {
        st.executeUpdate("INSERT INTO orders (customer_id, total, status) VALUES (1, 1, 'NEW')");
        try (ResultSet rs = st.executeQuery("SELECT LAST_INSERT_ID()")) {
          rs.next();
          assertThat(rs.getLong(1)).isEqualTo(201);
        }
      }
    }
  }

  private static long insertedId(ServerDatabase db, String insert) throws Exception {
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(insert + " RETURNING id")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
