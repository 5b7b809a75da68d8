package dev.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.config.ColumnConfig;
import dev.synth.config.Mode;
import dev.synth.config.PerParent;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Column rules, null fractions, includes and seeds over a small shop with a cycle and a tree. */
class RulesAndSeedsOnH2Test {
  private static final String SHOP =
      """
      CREATE TABLE category (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL,
        parent_id INTEGER REFERENCES category (id), CONSTRAINT sibling UNIQUE (parent_id, name));
      CREATE TABLE store (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL, manager_id INTEGER);
      CREATE TABLE clerk (id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES store (id),
        nickname VARCHAR(20));
      ALTER TABLE store ADD FOREIGN KEY (manager_id) REFERENCES clerk (id);
      CREATE TABLE sale (id BIGINT PRIMARY KEY, clerk_id INTEGER NOT NULL REFERENCES clerk (id),
        category_id INTEGER REFERENCES category (id), status VARCHAR(10) NOT NULL,
        sold_on DATE NOT NULL, discount INTEGER, note VARCHAR(50));
      CREATE TABLE sale_line (sale_id BIGINT NOT NULL REFERENCES sale (id), line_no SMALLINT NOT NULL,
        amount DECIMAL(9,2) NOT NULL CHECK (amount > 0), PRIMARY KEY (sale_id, line_no));
      """;

  private static final String[] TABLES = {"category", "store", "clerk", "sale", "sale_line"};

  private InMemoryH2 db;

  @BeforeEach
  void createDatabase() throws SQLException {
    db = new InMemoryH2(SHOP);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    db.close();
  }

  private static SynthConfig shop(long seed) {
    return SynthConfig.defaults()
        .withSeed(seed)
        .withRows(200)
        .withTable("store", new TableConfig(10L, null, Map.of()))
        .withTable("sale_line", new TableConfig(null, new PerParent("sale", 1, 4), Map.of()));
  }

  private String dumpAll() throws SQLException {
    StringBuilder all = new StringBuilder();
    for (String table : TABLES) {
      all.append(db.dump(table, table.equals("sale_line") ? "sale_id, line_no" : "id"));
    }
    return all.toString();
  }

  @Test
  void theSameSeedRebuildsTheSameShopIncludingCycleUpdatesAndPerParentChildren()
      throws SQLException {
    db.populate(shop(42));
    String first = dumpAll();
    db.populate(shop(42).withMode(Mode.TRUNCATE));
    String again = dumpAll();
    db.populate(shop(43).withMode(Mode.TRUNCATE));

    assertThat(again).isEqualTo(first);
    assertThat(dumpAll()).isNotEqualTo(first);
    assertThat(db.count("SELECT COUNT(*) FROM category WHERE parent_id >= id")).isZero();
  }

  @Test
  void columnRulesDecideValuesRangesAndNullShares() throws SQLException {
    Map<String, ColumnConfig> rules =
        Map.of(
            "status", ColumnConfig.values(Map.of("NEW", 1.0, "PAID", 3.0)),
            "sold_on", ColumnConfig.range("2023-01-01", "2023-01-31"),
            "discount", ColumnConfig.range(5, 10).withNullFraction(0.5),
            "note", ColumnConfig.fixed("hello").withNullFraction(0));

    db.populate(shop(42).withTable("sale", new TableConfig(1_000L, null, rules)));

    assertThat(db.count("SELECT COUNT(*) FROM sale WHERE status NOT IN ('NEW', 'PAID')")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM sale WHERE status = 'PAID'")).isBetween(650L, 850L);
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM sale WHERE sold_on NOT BETWEEN"
                    + " DATE '2023-01-01' AND DATE '2023-01-31'"))
        .isZero();
    assertThat(db.count("SELECT COUNT(*) FROM sale WHERE discount NOT BETWEEN 5 AND 10")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM sale WHERE discount IS NULL")).isBetween(400L, 600L);
    assertThat(db.count("SELECT COUNT(*) FROM sale WHERE note IS DISTINCT FROM 'hello'")).isZero();
  }

  @Test
  void aNullFractionOfZeroFillsEveryNullableColumnAndOneLeavesThemNull() throws SQLException {
    db.populate(shop(42).withNullFraction(0));
    long none =
        db.count(
            "SELECT COUNT(*) FROM sale WHERE category_id IS NULL OR note IS NULL"
                + " OR discount IS NULL");
    db.populate(shop(42).withNullFraction(1).withMode(Mode.TRUNCATE));

    assertThat(none).isZero();
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM sale WHERE category_id IS NOT NULL"
                    + " OR note IS NOT NULL OR discount IS NOT NULL"))
        .isZero();
    assertThat(db.count("SELECT COUNT(*) FROM clerk WHERE nickname IS NOT NULL")).isZero();
  }

  @Test
  void includedTablesAloneAreFilledAndReferenceTheRowsOthersAlreadyHold() throws SQLException {
    db.populate(shop(42));
    long clerks = db.count("SELECT COUNT(*) FROM clerk");

    db.populate(shop(7).withIncludes(List.of("sale", "sale_line")).withMode(Mode.TRUNCATE));

    assertThat(db.count("SELECT COUNT(*) FROM clerk")).isEqualTo(clerks);
    assertThat(db.count("SELECT COUNT(*) FROM sale")).isEqualTo(200);
    assertThat(db.count("SELECT COUNT(*) FROM sale WHERE clerk_id NOT IN (SELECT id FROM clerk)"))
        .isZero();
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM sale_line WHERE sale_id NOT IN" + " (SELECT id FROM sale)"))
        .isZero();
  }

  @Test
  void truncatingAParentThatAnUnfilledTableStillReferencesFailsAndKeepsEverything()
      throws SQLException {
    db.populate(shop(42));
    long sales = db.count("SELECT COUNT(*) FROM sale");

    assertThatThrownBy(
            () -> db.populate(shop(7).withIncludes(List.of("clerk")).withMode(Mode.TRUNCATE)))
        .isInstanceOf(SynthException.class)
        .hasMessageContaining("SALE");
    assertThat(db.count("SELECT COUNT(*) FROM sale")).isEqualTo(sales);
    assertThat(db.count("SELECT COUNT(*) FROM clerk")).isEqualTo(200);
  }

  @Test
  void aTableAskedForZeroRowsStaysEmptyAndItsChildrenStillFill() throws SQLException {
    db.populate(shop(42).withTable("category", new TableConfig(0L, null, Map.of())));

    assertThat(db.count("SELECT COUNT(*) FROM category")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM sale")).isEqualTo(200);
    assertThat(db.count("SELECT COUNT(*) FROM sale WHERE category_id IS NOT NULL")).isZero();
  }
}
