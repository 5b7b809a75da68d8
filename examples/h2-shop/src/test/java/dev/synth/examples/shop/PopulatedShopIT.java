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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks, with SQL, the three databases the build filled by running {@code synth:populate} for real
 * (see the plugin executions in this module's pom): two with seed 42, one with seed 7.
 */
class PopulatedShopIT {
  private static final Path DIR = Path.of(System.getProperty("shop.it.dir", "target/it"));
  private static final SynthConfig CONFIG =
      ConfigFile.read(Path.of(System.getProperty("shop.config", "synth.yaml")));

  private static Connection first;
  private static Connection second;
  private static Connection otherSeed;

  @BeforeAll
  static void open() throws SQLException {
    first = open("seed42-first");
    second = open("seed42-second");
    otherSeed = open("seed7");
  }

  @AfterAll
  static void close() throws SQLException {
    for (Connection c : List.of(first, second, otherSeed)) {
      c.close();
    }
  }

  private static Connection open(String name) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + DIR.resolve(name).toAbsolutePath(), "sa", "");
  }

  @Test
  void everyTableHasTheConfiguredRows() throws SQLException {
    ShopDatabase db = new ShopDatabase(first);
    for (String table : db.tables()) {
      long rows = db.count(table);
      TableConfig config = config(table);
      if (table.equals("COUNTRY")) {
        assertThat(rows).as("the excluded lookup table keeps its 8 rows").isEqualTo(8);
      } else if (config.perParent() != null) {
        PerParent pp = config.perParent();
        Map<Long, Long> perParent = db.childrenPerParent(table, pp.table());
        String parent = pp.table().toUpperCase(Locale.ROOT);
        assertThat(perParent.keySet()).as(table + " parents").hasSize((int) db.count(parent));
        assertThat(perParent.values())
            .as(table + " children per " + pp.table())
            .allSatisfy(n -> assertThat(n).isBetween((long) pp.min(), (long) pp.max()));
      } else {
        long expected = config.rows() != null ? config.rows() : CONFIG.rows();
        assertThat(rows).as(table).isEqualTo(expected);
      }
    }
  }

  @Test
  void noForeignKeyPointsNowhere() throws SQLException {
    ShopDatabase db = new ShopDatabase(first);
    assertThat(db.foreignKeys()).hasSizeGreaterThanOrEqualTo(15);
    for (ShopDatabase.ForeignKey fk : db.foreignKeys()) {
      assertThat(db.orphans(fk)).as(fk.toString()).isZero();
    }
  }

  @Test
  void uniqueKeysHoldNoDuplicates() throws SQLException {
    ShopDatabase db = new ShopDatabase(first);
    assertThat(db.uniqueKeys()).hasSizeGreaterThanOrEqualTo(20);
    for (var key : db.uniqueKeys().entrySet()) {
      assertThat(db.duplicates(key.getValue().table(), key.getValue().columns()))
          .as(key.getKey())
          .isZero();
    }
  }

  @Test
  void notNullColumnsHoldNoNull() throws SQLException {
    ShopDatabase db = new ShopDatabase(first);
    List<String[]> notNull = db.notNullColumns();
    assertThat(notNull).hasSizeGreaterThan(40);
    for (String[] column : notNull) {
      assertThat(db.nulls(column[0], column[1])).as(column[0] + "." + column[1]).isZero();
    }
  }

  @Test
  void nullableColumnsDoGetSomeNulls() throws SQLException {
    ShopDatabase db = new ShopDatabase(first);
    assertThat(db.nulls("CUSTOMER", "PHONE")).isPositive();
    assertThat(db.nulls("CATEGORY", "PARENT_ID")).as("category roots").isPositive();
  }

  @Test
  void identityContinuesAfterTheLargestGeneratedKey() throws SQLException {
    first.setAutoCommit(false);
    try (var st = first.createStatement()) {
      long max = ShopDatabase.single(st, "SELECT MAX(id) FROM tag");
      st.executeUpdate("INSERT INTO tag (name) VALUES ('inserted-by-the-application')");
      long id =
          ShopDatabase.single(st, "SELECT id FROM tag WHERE name = 'inserted-by-the-application'");
      assertThat(id).isEqualTo(max + 1);
    } finally {
      first.rollback();
      first.setAutoCommit(true);
    }
  }

  @Test
  void theSameSeedWritesIdenticalData() throws SQLException {
    String a = new ShopDatabase(first).dump();
    String b = new ShopDatabase(second).dump();
    assertThat(a).hasSizeGreaterThan(100_000);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void anotherSeedWritesOtherData() throws SQLException {
    ShopDatabase a = new ShopDatabase(first);
    ShopDatabase c = new ShopDatabase(otherSeed);
    assertThat(c.dump()).isNotEqualTo(a.dump());
    assertThat(c.column("CUSTOMER", "EMAIL")).isNotEqualTo(a.column("CUSTOMER", "EMAIL"));
  }

  private static TableConfig config(String table) {
    return CONFIG.tables().entrySet().stream()
        .filter(e -> e.getKey().toUpperCase(Locale.ROOT).equals(table))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(TableConfig.DEFAULT);
  }
}
