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
 * self-references) and correlations, and records what the rare-value gate suppressed in it.
 */
final class TableLearner {
  private final SourceSql sql;
  private final ColumnLearner columns;
  private final List<Suppression> suppressed;
  private final int k;

  TableLearner(SourceSql sql, int k, List<Suppression> suppressed) {
    this.sql = sql;
    this.k = k;
    this.columns = new ColumnLearner(sql, k);
    this.suppressed = suppressed;
  }

  TableProfile learn(Table table) throws SQLException {
    ColumnCounts counts = ColumnCounts.read(sql, table);
    TextSample sample = TextSample.read(sql, table, counts);
    List<ColumnProfile> profiles = new ArrayList<>();
    for (Column column : table.columns()) {
      ColumnProfile profile = columns.learn(table, column, counts, sample);
      profiles.add(profile);
      recordSuppression(table, profile);
    }
    List<ForeignKeyProfile> foreignKeys = new ArrayList<>();
    for (ForeignKey fk : table.foreignKeys()) {
      foreignKeys.add(FanOuts.read(sql, table, fk, counts.rows(), k));
    }
    List<Correlation> correlations =
        Correlations.learn(
            sql, table.name(), profiles, counts.rows(), k, CorrelationSample.DEFAULT_LIMIT);
    return new TableProfile(
        table.name().schema(),
        table.name().name(),
        counts.rows(),
        profiles,
        foreignKeys,
        correlations);
  }

  private void recordSuppression(Table table, ColumnProfile column) {
    if (column.categories() == null || column.categories().other() == 0) {
      return;
    }
    long values = column.distinct() - column.categories().values().size();
    suppressed.add(
        new Suppression(
            table.name().schema(),
            table.name().name(),
            column.name(),
            values,
            column.categories().other()));
  }
}
