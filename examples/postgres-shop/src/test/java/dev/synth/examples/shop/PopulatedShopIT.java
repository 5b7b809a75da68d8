package dev.synth.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.config.ConfigFile;
import dev.synth.config.PerParent;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks, with SQL, the schema the build filled by running {@code synth:populate} for real on the
 * PostgreSQL server (see the plugin executions in this module's pom), then drops that schema.
 */
class PopulatedShopIT {
  private static final String URL = System.getProperty("shop.it.url");
  private static final String SCHEMA = System.getProperty("shop.it.schema");
  private static final SynthConfig CONFIG =
      ConfigFile.read(Path.of(System.getProperty("shop.config", "synth.yaml")));

  private static Connection connection;
  private static ShopDatabase db;

  @BeforeAll
  static void open() throws SQLException {
    connection = DriverManager.getConnection(URL, "postgres", "");
    db = new ShopDatabase(connection, null, SCHEMA);
  }

  @AfterAll
  static void dropTheBuildsSchema() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    } finally {
      connection.close();
    }
  }

  @Test
  void everyTableHasTheConfiguredRows() throws SQLException {
    assertThat(db.tables()).hasSize(14);
    for (String table : db.tables()) {
      TableConfig config = CONFIG.tables().getOrDefault(table, TableConfig.DEFAULT);
      if (table.equals("country")) {
        assertThat(db.count(table)).as("the excluded lookup table keeps its 8 rows").isEqualTo(8);
      } else if (config.perParent() != null) {
        PerParent pp = config.perParent();
        Map<Long, Long> perParent = db.childrenPerParent(table, pp.table());
        assertThat(perParent).as(table + " parents").hasSize((int) db.count(pp.table()));
        assertThat(perParent.values())
            .as(table + " children per " + pp.table())
            .allSatisfy(n -> assertThat(n).isBetween((long) pp.min(), (long) pp.max()));
      } else {
        long expected = config.rows() != null ? config.rows() : CONFIG.rows();
        assertThat(db.count(table)).as(table).isEqualTo(expected);
      }
    }
  }

  @Test
  void noForeignKeyPointsNowhere() throws SQLException {
    assertThat(db.foreignKeys()).hasSizeGreaterThanOrEqualTo(15);
    for (ShopDatabase.ForeignKey fk : db.foreignKeys()) {
      assertThat(db.orphans(fk)).as(fk.toString()).isZero();
    }
  }

  @Test
  void postgresqlTypesHoldTheirOwnKindOfValues() throws SQLException {
    assertThat(db.single("SELECT COUNT(DISTINCT public_id) FROM customer")).isEqualTo(500);
    assertThat(db.single("SELECT COUNT(DISTINCT status) FROM orders")).isEqualTo(4);
    assertThat(db.single("SELECT COUNT(*) FROM product WHERE jsonb_typeof(attributes) IS NOT NULL"))
        .as("jsonb values")
        .isPositive();
    assertThat(db.single("SELECT COUNT(*) FROM orders WHERE shipped_at < ordered_at")).isZero();
    assertThat(db.single("SELECT COUNT(*) FROM department WHERE manager_id IS NOT NULL"))
        .as("the cycle is closed after inserting")
        .isPositive();
  }

  @Test
  void identitiesAndSerialsContinueAfterTheGeneratedKeys() throws SQLException {
    connection.setAutoCommit(false);
    try {
      long maxTag = db.single("SELECT MAX(id) FROM tag");
      long maxOrder = db.single("SELECT MAX(id) FROM orders");
      assertThat(db.single("INSERT INTO tag (name) VALUES ('by-the-application') RETURNING id"))
          .as("serial")
          .isEqualTo(maxTag + 1);
      assertThat(
              db.single(
                  "INSERT INTO orders (customer_id, status, ordered_at)"
                      + " VALUES (1, 'NEW', now()) RETURNING id"))
          .as("identity always")
          .isEqualTo(maxOrder + 1);
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }
}
