package dev.synth.learn;

import dev.synth.profile.ColumnProfile;
import dev.synth.profile.Correlation;
import dev.synth.profile.ForeignKeyProfile;
import dev.synth.profile.Suppression;
import dev.synth.profile.TableProfile;
import dev.synth.schema.Column;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Profiles one table: counts, column statistics and semantic kinds, fan-outs (and tree depths of
 * self-references) and correlations, and records what the rare-value gate suppressed in it; with a
 * {@link PrivateRelease}, all of it with noise, and without the statistics no budget covers (text
 * samples, tree depths).
 */
final class TableLearner {
  private final SourceSql sql;
  private final ColumnLearner columns;
  private final List<Suppression> suppressed;
  private final int k;
  private final PrivateRelease dp;

  /** A learner of exact statistics, or noisy ones when {@code dp} is not null. */
  TableLearner(SourceSql sql, int k, List<Suppression> suppressed, PrivateRelease dp) {
    this.sql = sql;
    this.k = k;
    this.columns = new ColumnLearner(sql, k, dp);
    this.suppressed = suppressed;
    this.dp = dp;
  }

  TableProfile learn(Table table) throws SQLException {
    ColumnCounts exact = ColumnCounts.read(sql, table);
    ColumnCounts counts = dp == null ? exact : dp.counts(table, exact);
    TextSample sample = dp == null ? TextSample.read(sql, table, counts) : TextSample.NONE;
    List<ColumnProfile> profiles = new ArrayList<>();
    for (Column column : table.columns()) {
      ColumnProfile profile = columns.learn(table, column, counts, sample);
      profiles.add(profile);
      recordSuppression(table, profile);
    }
    List<ForeignKeyProfile> foreignKeys = new ArrayList<>();
    for (ForeignKey fk : table.foreignKeys()) {
      foreignKeys.add(
          dp == null
              ? FanOuts.read(sql, table, fk, counts.rows(), k)
              : dp.fanOut(sql, table, fk, counts.rows()));
    }
    List<Correlation> correlations =
        dp == null
            ? Correlations.learn(
                sql,
                table.name(),
                nonKey(table, profiles),
                counts.rows(),
                k,
                CorrelationSample.DEFAULT_LIMIT)
            : dp.correlations(sql, table, nonKey(table, profiles), counts.rows());
    return new TableProfile(
        table.name().schema(),
        table.name().name(),
        counts.rows(),
        profiles,
        foreignKeys,
        correlations);
  }

  /**
   * The columns that may take part in correlations: a single-column primary key is a surrogate,
   * generated as a sequence, so its dependence on anything says nothing and would cost budget.
   */
  static List<ColumnProfile> nonKey(Table table, List<ColumnProfile> profiles) {
    List<String> key = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
    return key.size() != 1
        ? profiles
        : profiles.stream().filter(p -> !p.name().equals(key.get(0))).toList();
  }

  private void recordSuppression(Table table, ColumnProfile column) {
    if (column.categories() == null || column.categories().other() == 0) {
      return;
    }
    // Noisy counts may disagree; a suppression names at least one value, and no more than rows.
    long other = column.categories().other();
    long values =
        Math.min(other, Math.max(1, column.distinct() - column.categories().values().size()));
    suppressed.add(
        new Suppression(table.name().schema(), table.name().name(), column.name(), values, other));
  }
}
