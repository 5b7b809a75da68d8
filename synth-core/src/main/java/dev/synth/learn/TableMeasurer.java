package dev.synth.learn;

import dev.synth.SynthException;
import dev.synth.profile.Categories;
import dev.synth.profile.ColumnProfile;
import dev.synth.profile.Correlation;
import dev.synth.profile.ForeignKeyProfile;
import dev.synth.profile.Frequency;
import dev.synth.profile.TableProfile;
import dev.synth.schema.Column;
import dev.synth.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures one table of a target database on the terms of a reference table profile, so the two
 * compare statistic by statistic: each column gets the reference's kind of statistic whatever the
 * target's data looks like (a column categorical in the reference is counted by the reference's
 * kept values even when the target holds thousands of values), each foreign key its exact
 * children-per-parent counts, and the reference's correlated columns are sampled again with the
 * reference's category codes. The result keeps the reference's table and column names.
 */
final class TableMeasurer {
  private final SourceSql sql;
  private final int k;

  /**
   * @param k the reference's rare-value threshold, which decides (as when it was learned) which
   *     columns take part in correlations and how many complete rows a pair needs
   */
  TableMeasurer(SourceSql sql, int k) {
    this.sql = sql;
    this.k = k;
  }

  TableProfile measure(TableProfile reference, Table target) throws SQLException {
    ColumnCounts counts = ColumnCounts.read(sql, target);
    List<ColumnProfile> columns = new ArrayList<>();
    List<ColumnProfile> underTargetNames = new ArrayList<>();
    Map<String, String> referenceNames = new HashMap<>();
    java.util.Set<String> correlated = new java.util.HashSet<>();
    reference.correlations().forEach(c -> correlated.addAll(List.of(c.a(), c.b())));
    for (ColumnProfile ref : reference.columns()) {
      Column column = column(target, ref.name());
      columns.add(measure(target, column, ref, counts));
      if (correlated.contains(ref.name())) {
        // Only the reference's pairs are compared: the rest would be sampled for nothing.
        underTargetNames.add(renamed(ref, column.name()));
      }
      referenceNames.put(column.name(), ref.name());
    }
    List<ForeignKeyProfile> foreignKeys = new ArrayList<>();
    for (ForeignKeyProfile ref : reference.foreignKeys()) {
      foreignKeys.add(ExactFanOuts.read(sql, target, ref, counts.rows()));
    }
    List<Correlation> correlations = new ArrayList<>();
    for (Correlation c :
        Correlations.learn(
            sql,
            target.name(),
            underTargetNames,
            counts.rows(),
            k,
            CorrelationSample.DEFAULT_LIMIT)) {
      correlations.add(
          new Correlation(referenceNames.get(c.a()), referenceNames.get(c.b()), c.rho()));
    }
    return new TableProfile(
        target.name().schema(),
        reference.name(),
        counts.rows(),
        columns,
        foreignKeys,
        correlations);
  }

  private ColumnProfile measure(Table target, Column column, ColumnProfile ref, ColumnCounts counts)
      throws SQLException {
    String name = column.name();
    long nonNull = counts.nonNull().get(name);
    Categories categories = null;
    List<String> quantiles = List.of();
    List<Long> lengths = List.of();
    if (ref.categories() != null) {
      Set<String> values =
          ref.categories().values().stream().map(Frequency::value).collect(Collectors.toSet());
      categories = Frequencies.countOf(sql, target.name(), name, nonNull, values);
    } else if (!ref.quantiles().isEmpty() && nonNull > 0) {
      quantiles = Quantiles.ofValues(sql, target.name(), name, nonNull);
    } else if (!ref.lengths().isEmpty() && nonNull > 0) {
      lengths = Quantiles.ofLengths(sql, target.name(), name, nonNull);
    }
    return new ColumnProfile(
        ref.name(),
        column.type().toString(),
        column.type().kind(),
        column.nullable(),
        counts.nullFraction(name),
        counts.distinct().get(name),
        quantiles,
        categories,
        lengths,
        null,
        null);
  }

  private static Column column(Table target, String name) {
    return target
        .column(name)
        .orElseThrow(
            () ->
                new SynthException(
                    "table "
                        + target.name()
                        + " has no column "
                        + name
                        + ", which the reference describes; its columns are "
                        + target.columnNames()
                        + ". Compare tables of the same schema, or leave this table out"));
  }

  private static ColumnProfile renamed(ColumnProfile ref, String name) {
    return new ColumnProfile(
        name,
        ref.sqlType(),
        ref.kind(),
        ref.nullable(),
        ref.nullFraction(),
        ref.distinct(),
        ref.quantiles(),
        ref.categories(),
        ref.lengths(),
        ref.shape(),
        ref.semantic());
  }
}
