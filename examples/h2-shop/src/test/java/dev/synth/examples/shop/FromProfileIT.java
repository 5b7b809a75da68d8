package dev.synth.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the copy the build filled from the profile that {@code synth:profile} learned of the first
 * shop database (see the it-profile and it-from-profile executions in this module's pom).
 */
class FromProfileIT {
  private static final Path DIR = Path.of(System.getProperty("shop.it.dir", "target/it"));

  private static Connection source;
  private static Connection copy;

  @BeforeAll
  static void open() throws SQLException {
    source = open("seed42-first");
    copy = open("from-profile");
  }

  @AfterAll
  static void close() throws SQLException {
    source.close();
    copy.close();
  }

  private static Connection open(String name) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + DIR.resolve(name).toAbsolutePath(), "sa", "");
  }

  @Test
  void everyLearnedTableHasTwiceTheSourcesRows() throws SQLException {
    ShopDatabase from = new ShopDatabase(source);
    ShopDatabase to = new ShopDatabase(copy);
    for (String table : from.tables()) {
      long expected = table.equals("COUNTRY") ? from.count(table) : 2 * from.count(table);
      assertThat(to.count(table)).as(table).isEqualTo(expected);
    }
  }

  @Test
  void theCopyKeepsEveryConstraint() throws SQLException {
    ShopDatabase db = new ShopDatabase(copy);
    for (ShopDatabase.ForeignKey fk : db.foreignKeys()) {
      assertThat(db.orphans(fk)).as(fk.toString()).isZero();
    }
    for (var key : db.uniqueKeys().entrySet()) {
      assertThat(db.duplicates(key.getValue().table(), key.getValue().columns()))
          .as(key.getKey())
          .isZero();
    }
  }

  @Test
  void configuredWeightsLearnedInTheSourceCarryOverToTheCopy() throws SQLException {
    // synth.yaml gave the source's customers ACTIVE 85%, SUSPENDED 10%, CLOSED 5%; the copy has
    // no rule for it and follows the profile.
    double active =
        (double)
                new ShopDatabase(copy)
                    .column("CUSTOMER", "STATUS").stream().filter("ACTIVE"::equals).count()
            / new ShopDatabase(copy).count("CUSTOMER");
    assertThat(active).isBetween(0.80, 0.90);
  }
}
