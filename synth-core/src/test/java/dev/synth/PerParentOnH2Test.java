package dev.synth;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Child tables sized per parent row, including composite keys numbered within each parent. */
class PerParentOnH2Test {
  private static final String SCHEMA =
      """
      CREATE TABLE orders (id BIGINT PRIMARY KEY, placed_at TIMESTAMP NOT NULL);
      CREATE TABLE order_line (order_id BIGINT NOT NULL REFERENCES orders (id),
        line_no INTEGER NOT NULL, qty INTEGER NOT NULL CHECK (qty > 0),
        PRIMARY KEY (order_id, line_no));
      CREATE TABLE note (id INTEGER PRIMARY KEY,
        order_id BIGINT NOT NULL REFERENCES orders (id), body VARCHAR(100));
      """;

  /** Parents whose number of children in {@code child} is outside {@code min..max}. */
  private static final String OUTSIDE =
      "SELECT COUNT(*) FROM orders o WHERE"
          + " (SELECT COUNT(*) FROM %s c WHERE c.order_id = o.id) NOT BETWEEN %d AND %d";

  /** Orders whose line numbers are not exactly 1..k. */
  private static final String MISNUMBERED =
      "SELECT COUNT(*) FROM (SELECT order_id, MIN(line_no) lo, MAX(line_no) hi, COUNT(*) n"
          + " FROM order_line GROUP BY order_id) WHERE lo <> 1 OR hi <> n";

  private InMemoryH2 db;

  @BeforeEach
  void createDatabase() throws SQLException {
    db = new InMemoryH2(SCHEMA);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    db.close();
  }

  private static SynthConfig perOrder(int min, int max) {
    PerParent sizing = new PerParent("orders", min, max);
    return SynthConfig.defaults()
        .withTable("orders", new TableConfig(500L, null, Map.of()))
        .withTable("order_line", new TableConfig(null, sizing, Map.of()))
        .withTable("note", new TableConfig(null, sizing, Map.of()));
  }

  private long childCounts(String child) throws SQLException {
    return db.count(
        "SELECT COUNT(DISTINCT n) FROM (SELECT COUNT(*) n FROM " + child + " GROUP BY order_id)");
  }

  @Test
  void everyParentGetsOneToFiveChildren() throws SQLException {
    PopulateReport report = db.populate(perOrder(1, 5));

    assertThat(db.count(String.format(OUTSIDE, "note", 1, 5))).isZero();
    assertThat(db.count(String.format(OUTSIDE, "order_line", 1, 5))).isZero();
    assertThat(childCounts("note")).as("distinct child counts").isEqualTo(5);
    assertThat(report.rows("note")).isEqualTo(db.count("SELECT COUNT(*) FROM note"));
    assertThat(db.count("SELECT COUNT(*) FROM note WHERE order_id NOT IN (SELECT id FROM orders)"))
        .isZero();
  }

  @Test
  void aCompositeKeyNumbersTheLinesOfEachOrderFromOne() throws SQLException {
    db.populate(perOrder(1, 5));

    assertThat(db.count("SELECT COUNT(*) FROM order_line")).isBetween(500L, 2_500L);
    assertThat(db.count(MISNUMBERED)).isZero();
  }

  @Test
  void aMinimumOfZeroLeavesSomeParentsWithoutChildren() throws SQLException {
    db.populate(perOrder(0, 3));

    assertThat(db.count(String.format(OUTSIDE, "order_line", 0, 3))).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM orders WHERE id NOT IN (SELECT order_id FROM note)"))
        .isPositive();
    assertThat(db.count(MISNUMBERED)).isZero();
  }

  @Test
  void appendingGivesOnlyTheNewParentsChildrenAndKeepsTheNumbering() throws SQLException {
    db.populate(perOrder(1, 5));

    db.populate(perOrder(1, 5).withMode(Mode.APPEND));

    assertThat(db.count("SELECT COUNT(*) FROM orders")).isEqualTo(1_000);
    assertThat(db.count(String.format(OUTSIDE, "order_line", 1, 5))).isZero();
    assertThat(db.count(String.format(OUTSIDE, "note", 1, 5))).isZero();
    assertThat(db.count(MISNUMBERED)).isZero();
  }

  @Test
  void childrenOfAnExcludedPrefilledParentAreSizedPerExistingRow() throws SQLException {
    db.execute(
        "INSERT INTO orders SELECT X, TIMESTAMP '2024-01-01 10:00:00' + X * INTERVAL '1'"
            + " HOUR FROM SYSTEM_RANGE(1, 40)");

    db.populate(perOrder(2, 4).withExcludes(List.of("orders")));

    assertThat(db.count("SELECT COUNT(*) FROM orders")).isEqualTo(40);
    assertThat(db.count(String.format(OUTSIDE, "order_line", 2, 4))).isZero();
    assertThat(db.count(String.format(OUTSIDE, "note", 2, 4))).isZero();
    assertThat(db.count(MISNUMBERED)).isZero();
  }

  @Test
  void appendingChildrenToAnExcludedParentNeverRepeatsAKey() throws SQLException {
    db.execute(
        "INSERT INTO orders SELECT X, TIMESTAMP '2024-01-01 10:00:00' FROM"
            + " SYSTEM_RANGE(1, 40)");
    db.populate(perOrder(1, 3).withExcludes(List.of("orders")));
    long before = db.count("SELECT COUNT(*) FROM order_line");

    db.populate(perOrder(1, 3).withExcludes(List.of("orders")).withMode(Mode.APPEND));

    assertThat(db.count("SELECT COUNT(*) FROM order_line")).isGreaterThan(before);
    assertThat(db.count(String.format(OUTSIDE, "order_line", 2, 6))).isZero();
  }
}
