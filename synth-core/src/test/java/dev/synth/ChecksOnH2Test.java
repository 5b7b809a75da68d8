package dev.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.config.ColumnConfig;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CHECK constraints the engine reads into bounds, and the ones it must refuse or leave NULL. */
class ChecksOnH2Test {
  private static final String CONSTANTS =
      """
      CREATE TABLE measure (
        id INTEGER PRIMARY KEY,
        gt INTEGER NOT NULL CHECK (gt > 10),
        ge INTEGER NOT NULL CHECK (ge >= 10),
        lt INTEGER NOT NULL CHECK (lt < -10),
        le DECIMAL(8,2) NOT NULL CHECK (le <= 2.5),
        eq INTEGER NOT NULL CHECK (eq = 7),
        ne SMALLINT NOT NULL CHECK (ne <> 0),
        btw INTEGER NOT NULL CHECK (btw BETWEEN 100 AND 110),
        opt_btw INTEGER CHECK (opt_btw BETWEEN -3 AND 3),
        num_in INTEGER NOT NULL CHECK (num_in IN (2, 3, 5, 7)),
        str_in VARCHAR(10) NOT NULL CHECK (str_in IN ('red', 'green', 'blue')),
        combo INTEGER NOT NULL CHECK ((combo > 0 AND combo < 10) OR combo = 100),
        code VARCHAR(10) NOT NULL CHECK (CHAR_LENGTH(code) = 3),
        name VARCHAR(40) NOT NULL CHECK (LENGTH(name) >= 5));
      """;

  private static final String PERIODS =
      """
      CREATE TABLE period (
        id INTEGER PRIMARY KEY,
        start_date DATE NOT NULL, end_date DATE NOT NULL,
        valid_from TIMESTAMP NOT NULL, valid_to TIMESTAMP,
        CHECK (end_date > start_date), CHECK (valid_to >= valid_from));
      """;

  private InMemoryH2 db;

  @AfterEach
  void dropDatabase() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static SynthConfig rows(String table, long n, Map<String, ColumnConfig> columns) {
    return SynthConfig.defaults().withTable(table, new TableConfig(n, null, columns));
  }

  private long where(String table, String condition) throws SQLException {
    return db.count("SELECT COUNT(*) FROM " + table + " WHERE " + condition);
  }

  @Test
  void comparisonsBetweenInListsLengthsAndOrCombosAllHold() throws SQLException {
    db = new InMemoryH2(CONSTANTS);

    db.populate(rows("measure", 2_000, Map.of()));

    assertThat(db.count("SELECT COUNT(*) FROM measure")).isEqualTo(2_000);
    assertThat(where("measure", "gt <= 10 OR ge < 10 OR lt >= -10 OR le > 2.5")).isZero();
    assertThat(where("measure", "eq <> 7 OR ne = 0 OR btw NOT BETWEEN 100 AND 110")).isZero();
    assertThat(where("measure", "opt_btw NOT BETWEEN -3 AND 3")).isZero();
    assertThat(where("measure", "opt_btw IS NULL")).isPositive();
    assertThat(where("measure", "num_in NOT IN (2, 3, 5, 7)")).isZero();
    assertThat(where("measure", "str_in NOT IN ('red', 'green', 'blue')")).isZero();
    assertThat(where("measure", "NOT ((combo > 0 AND combo < 10) OR combo = 100)")).isZero();
    assertThat(where("measure", "CHAR_LENGTH(code) <> 3 OR LENGTH(name) < 5")).isZero();
    assertThat(db.count("SELECT COUNT(DISTINCT num_in) FROM measure")).isEqualTo(4);
    assertThat(db.count("SELECT COUNT(DISTINCT btw) FROM measure")).isEqualTo(11);
  }

  @Test
  void endDatesFollowStartDatesAndValidToNeverPrecedesValidFrom() throws SQLException {
    db = new InMemoryH2(PERIODS);

    db.populate(rows("period", 2_000, Map.of()));

    assertThat(db.count("SELECT COUNT(*) FROM period")).isEqualTo(2_000);
    assertThat(where("period", "end_date <= start_date")).isZero();
    assertThat(where("period", "valid_to < valid_from")).isZero();
    assertThat(where("period", "valid_to IS NULL")).isPositive();
    assertThat(where("period", "valid_to > valid_from")).isPositive();
  }

  @Test
  void aColumnToColumnCheckHoldsWithinEachColumnsOwnBounds() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE stay (id INTEGER PRIMARY KEY, arrive DATE NOT NULL, leave DATE NOT NULL,
          CHECK (arrive >= DATE '2020-01-01'), CHECK (leave <= DATE '2020-12-31'),
          CHECK (leave > arrive));
        """);

    db.populate(rows("stay", 1_000, Map.of()));

    assertThat(db.count("SELECT COUNT(*) FROM stay")).isEqualTo(1_000);
    assertThat(where("stay", "leave <= arrive OR arrive < DATE '2020-01-01'")).isZero();
  }

  @Test
  void aStrictAndANonStrictBoundOnTheSameValueKeepTheStrictOne() throws SQLException {
    db =
        new InMemoryH2(
            "CREATE TABLE limits (id INTEGER PRIMARY KEY,"
                + " n INTEGER NOT NULL CHECK (n >= 5) CHECK (n > 5) CHECK (n <= 6))");

    db.populate(rows("limits", 200, Map.of()));

    assertThat(where("limits", "n <> 6")).isZero();
  }

  @Test
  void nullableColumnsUnderUnreadableChecksStayNullAndTheNotesSaySo() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE contact (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL,
          email VARCHAR(60) CHECK (email LIKE '%@%'),
          n INTEGER CHECK (MOD(n, 2) = 0));
        """);
    SynthConfig config = rows("contact", 300, Map.of());

    String plan = db.describePlan(config);
    db.populate(config);

    assertThat(plan).containsIgnoringCase("note:").contains("EMAIL").contains("N]");
    assertThat(db.count("SELECT COUNT(*) FROM contact")).isEqualTo(300);
    assertThat(where("contact", "email IS NOT NULL OR n IS NOT NULL")).isZero();
  }

  @Test
  void aNotNullColumnUnderAnUnreadableCheckFailsThePlanAndWritesNothing() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE team (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
        CREATE TABLE player (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES team (id),
          shirt INTEGER NOT NULL CHECK (MOD(shirt, 2) = 0));
        """);

    assertThatThrownBy(() -> db.populate(SynthConfig.defaults().withRows(20)))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("SHIRT")
        .hasMessageContaining("MOD")
        .hasMessageContaining("column rule");
    assertThat(db.count("SELECT COUNT(*) FROM team")).isZero();
  }

  @Test
  void columnRulesSatisfyChecksTheEngineCannotRead() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE player (id INTEGER PRIMARY KEY,
          shirt INTEGER NOT NULL CHECK (MOD(shirt, 2) = 0),
          delta INTEGER NOT NULL CHECK (ABS(delta) < 5),
          email VARCHAR(60) NOT NULL CHECK (email LIKE '%@%'));
        """);
    Map<String, ColumnConfig> rules =
        Map.of(
            "shirt", ColumnConfig.values(Map.of(2, 1.0, 4, 1.0, 10, 2.0)),
            "delta", ColumnConfig.range(-4, 4),
            "email", ColumnConfig.faker("#{Internet.emailAddress}"));

    db.populate(rows("player", 500, rules));

    assertThat(db.count("SELECT COUNT(*) FROM player")).isEqualTo(500);
    assertThat(where("player", "shirt NOT IN (2, 4, 10) OR delta NOT BETWEEN -4 AND 4")).isZero();
    assertThat(where("player", "email NOT LIKE '%@%'")).isZero();
  }

  @Test
  void aUniqueNotNullColumnUnderAnUnreadableCheckFailsThePlanNotTheLoad() throws SQLException {
    db =
        new InMemoryH2(
            "CREATE TABLE voucher (id INTEGER PRIMARY KEY,"
                + " code VARCHAR(12) NOT NULL UNIQUE CHECK (code LIKE 'V%'))");

    assertThatThrownBy(() -> db.populate(rows("voucher", 50, Map.of())))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("CODE")
        .hasMessageContaining("column rule");
  }
}
