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
 * MariaDB server (see the plugin executions in this module's pom), then drops that database.
 */
class PopulatedShopIT {
  private static final String URL = System.getProperty("shop.it.url");
  private static final String DATABASE = System.getProperty("shop.it.database");
  private static final SynthConfig CONFIG =
      ConfigFile.read(Path.of(System.getProperty("shop.config", "synth.yaml")));

  private static Connection connection;
  private static ShopDatabase db;

  @BeforeAll
  static void open() throws SQLException {
    connection = DriverManager.getConnection(URL, "root", "");
    db = new ShopDatabase(connection, DATABASE, null);
  }

  @AfterAll
  static void dropTheBuildsDatabase() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("DROP DATABASE " + DATABASE);
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
  void mariadbTypesHoldTheirOwnKindOfValues() throws SQLException {
    assertThat(db.single("SELECT COUNT(DISTINCT status) FROM orders")).isEqualTo(4);
    assertThat(db.single("SELECT COUNT(DISTINCT newsletter) FROM customer")).isEqualTo(2);
    assertThat(db.single("SELECT COUNT(*) FROM customer WHERE newsletter NOT IN (0, 1)")).isZero();
    assertThat(db.single("SELECT COUNT(*) FROM product WHERE in_stock NOT IN (0, 1)")).isZero();
    assertThat(db.single("SELECT COUNT(*) FROM orders WHERE shipped_at < ordered_at")).isZero();
    assertThat(db.single("SELECT COUNT(*) FROM department WHERE manager_id IS NOT NULL"))
        .as("the cycle is closed after inserting")
        .isPositive();
  }

  @Test
  void autoIncrementContinuesAfterTheGeneratedKeys() throws SQLException {
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      long maxTag = db.single("SELECT MAX(id) FROM tag");
      st.executeUpdate("INSERT INTO tag (name) VALUES ('by-the-application')");
      assertThat(db.single("SELECT LAST_INSERT_ID()")).isEqualTo(maxTag + 1);
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }
}
