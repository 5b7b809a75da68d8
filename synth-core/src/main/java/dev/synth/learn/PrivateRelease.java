package dev.synth.learn;

import static dev.synth.learn.PrivacyBudget.DISTINCT;
import static dev.synth.learn.PrivacyBudget.HISTOGRAM;
import static dev.synth.learn.PrivacyBudget.ROWS;

import dev.synth.profile.Categories;
import dev.synth.profile.ColumnProfile;
import dev.synth.profile.Correlation;
import dev.synth.profile.ForeignKeyProfile;
import dev.synth.profile.Privacy;
import dev.synth.schema.Column;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the learners call instead of the exact statistics when a profile is learned with epsilon:
 * each method reads what it needs, adds noise from its share of the {@link PrivacyBudget}, and
 * records the spending. Everything the learners decide afterwards (is the column categorical, is
 * there enough to learn quantiles from) they decide from these noisy figures only.
 */
final class PrivateRelease {
  static final String GEOMETRIC = "geometric";

  private final Noise noise;
  private final PrivacyBudget budget;
  private final int k;

  PrivateRelease(Noise noise, PrivacyBudget budget, int k) {
    this.noise = noise;
    this.budget = budget;
    this.k = k;
  }

  Noise noise() {
    return noise;
  }

  PrivacyBudget budget() {
    return budget;
  }

  int k() {
    return k;
  }

  /** The record of the spending so far, for the profile. */
  Privacy privacy() {
    return budget.privacy();
  }

  /** A count with geometric noise of the given sensitivity, clamped at 0. */
  long count(long exact, double epsilon, double sensitivity) {
    return Math.max(0, exact + noise.geometric(epsilon, sensitivity));
  }

  /**
   * Noisy row, null and distinct counts. A NOT NULL column has no nulls by the schema, so its null
   * count is not noised; a nullable column's null count is the NULL bin of its histogram.
   */
  ColumnCounts counts(Table table, ColumnCounts exact) {
    long rows = count(exact.rows(), budget.epsilon(table, ROWS, null), 1);
    budget.spend(table, ROWS, null, GEOMETRIC, false);
    Map<String, Long> nonNull = new HashMap<>();
    Map<String, Long> distinct = new HashMap<>();
    for (Column c : table.columns()) {
      String name = c.name();
      long nulls = 0;
      if (c.nullable()) {
        nulls = count(exact.rows() - exact.nonNull().get(name), epsilon(table, HISTOGRAM, c), 1);
        budget.spend(table, HISTOGRAM, name, GEOMETRIC, false);
      }
      long values = Math.max(0, rows - nulls);
      nonNull.put(name, values);
      if (exact.distinct().containsKey(name)) {
        long d = count(exact.distinct().get(name), epsilon(table, DISTINCT, c), 1);
        distinct.put(name, Math.min(d, values));
        budget.spend(table, DISTINCT, name, GEOMETRIC, false);
      }
    }
    return new ColumnCounts(rows, nonNull, distinct);
  }

  private double epsilon(Table table, String statistic, Column column) {
    return budget.epsilon(table, statistic, column.name());
  }

  Categories categories(SourceSql sql, Table table, Column column, long nonNull)
      throws SQLException {
    return NoisyFrequencies.read(sql, table, column, nonNull, this);
  }

  List<String> quantiles(SourceSql sql, Table table, Column column) throws SQLException {
    return NoisyQuantiles.ofValues(sql, table, column, this);
  }

  List<Long> lengths(SourceSql sql, Table table, Column column) throws SQLException {
    return NoisyQuantiles.ofLengths(sql, table, column, this);
  }

  ForeignKeyProfile fanOut(SourceSql sql, Table child, ForeignKey fk, long childRows)
      throws SQLException {
    return NoisyFanOuts.read(sql, child, fk, childRows, this);
  }

  List<Correlation> correlations(SourceSql sql, Table table, List<ColumnProfile> columns, long rows)
      throws SQLException {
    return NoisyCorrelations.learn(sql, table, columns, rows, this);
  }
}
