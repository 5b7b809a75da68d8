package dev.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CHECK idioms common in real schemas, and key capacities the plan must refuse up front. */
class CheckIdiomsOnH2Test {
  private InMemoryH2 db;

  @AfterEach
  void dropDatabase() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private long populateAndCount(String ddl, long rows, String violation) throws SQLException {
    db = new InMemoryH2(ddl);
    db.populate(SynthConfig.defaults().withRows(rows));
    assertThat(db.count("SELECT COUNT(*) FROM t")).isEqualTo(rows);
    return db.count("SELECT COUNT(*) FROM t WHERE " + violation);
  }

  @Test
  void aNullableColumnThatIsNullOrPositiveIsNeverZeroOrNegative() throws SQLException {
    long wrong =
        populateAndCount(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty IS NULL OR qty > 0),"
                + " rate DECIMAL(5,2) CHECK (rate IS NULL OR rate BETWEEN 0 AND 1))",
            2_000,
            "qty <= 0 OR rate NOT BETWEEN 0 AND 1");

    assertThat(wrong).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM t WHERE qty IS NOT NULL")).isGreaterThan(1_000);
  }

  @Test
  void atLeastOneOfTwoContactColumnsIsSet() throws SQLException {
    long wrong =
        populateAndCount(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, email VARCHAR(60), phone VARCHAR(20),"
                + " CHECK (email IS NOT NULL OR phone IS NOT NULL))",
            2_000,
            "email IS NULL AND phone IS NULL");

    assertThat(wrong).isZero();
  }

  @Test
  void anInListNarrowedByAnInequalityKeepsOnlyTheRemainingValues() throws SQLException {
    long wrong =
        populateAndCount(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, status VARCHAR(10) NOT NULL"
                + " CHECK (status IN ('new', 'paid', 'void') AND status <> 'void'))",
            500,
            "status NOT IN ('new', 'paid')");

    assertThat(wrong).isZero();
  }

  @Test
  void negativeRangesAndDecimalBoundsHold() throws SQLException {
    long wrong =
        populateAndCount(
            "CREATE TABLE t (id INTEGER PRIMARY KEY,"
                + " temp SMALLINT NOT NULL CHECK (temp BETWEEN -40 AND -10),"
                + " price DECIMAL(6,2) NOT NULL CHECK (price > 0 AND price < 0.10),"
                + " pct REAL NOT NULL CHECK (pct >= 0 AND pct <= 1))",
            2_000,
            "temp NOT BETWEEN -40 AND -10 OR price <= 0 OR price >= 0.10 OR pct < 0 OR pct > 1");

    assertThat(wrong).isZero();
  }

  @Test
  void aJoinTableAskedForMorePairsThanExistFailsThePlanWithTheNumbers() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE a (id INTEGER PRIMARY KEY);
        CREATE TABLE b (id INTEGER PRIMARY KEY);
        CREATE TABLE ab (a_id INTEGER NOT NULL REFERENCES a (id),
          b_id INTEGER NOT NULL REFERENCES b (id), PRIMARY KEY (a_id, b_id));
        """);
    SynthConfig config =
        SynthConfig.defaults().withRows(10).withTable("ab", new TableConfig(101L, null, Map.of()));

    assertThatThrownBy(() -> db.populate(config))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("AB")
        .hasMessageContaining("100")
        .hasMessageContaining("101");
    assertThat(db.count("SELECT COUNT(*) FROM a")).isZero();
  }

  @Test
  void aOneToOneChildAskedForMoreRowsThanParentsFailsThePlan() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE person (id INTEGER PRIMARY KEY);
        CREATE TABLE passport (id INTEGER PRIMARY KEY,
          person_id INTEGER NOT NULL UNIQUE REFERENCES person (id));
        """);
    SynthConfig config =
        SynthConfig.defaults()
            .withRows(10)
            .withTable("passport", new TableConfig(11L, null, Map.of()));

    assertThatThrownBy(() -> db.populate(config))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("PASSPORT")
        .hasMessageContaining("10")
        .hasMessageContaining("11");
    assertThat(db.count("SELECT COUNT(*) FROM person")).isZero();
  }
}
