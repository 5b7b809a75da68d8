package dev.synth.learn;

import static dev.synth.learn.PrivacyBudget.HISTOGRAM;

import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Quantiles p1..p99 read from a {@link NoisyTree} over the column's {@link QuantileGrid}, instead
 * of the exact values {@code PERCENTILE_DISC} would pick: a released quantile is a point inside a
 * noisy bin, never a value copied from a row. The source groups and sorts the values; they are
 * streamed into the tree. The extremes are clipped like the exact ones (p0 = p1, p100 = p99). Types
 * without a grid (times with a zone) get no quantiles.
 */
final class NoisyQuantiles {
  private NoisyQuantiles() {}

  static List<String> ofValues(SourceSql sql, Table table, Column column, PrivateRelease dp)
      throws SQLException {
    TypeKind kind = column.type().kind();
    QuantileGrid grid = QuantileGrid.of(kind);
    if (grid == null) {
      return List.of();
    }
    List<Double> points = read(sql, table, column, SourceSql.field(column.name()), grid, kind, dp);
    return points.stream().map(p -> ValuePosition.text(p, column.type())).toList();
  }

  static List<Long> ofLengths(SourceSql sql, Table table, Column column, PrivateRelease dp)
      throws SQLException {
    Field<Integer> length = DSL.charLength(DSL.field(DSL.name(column.name()), String.class));
    ColumnType integer = ColumnType.of(TypeKind.INTEGER);
    return read(sql, table, column, length, QuantileGrid.numbers(), TypeKind.INTEGER, dp).stream()
        .map(p -> Long.valueOf(ValuePosition.text(p, integer)))
        .toList();
  }

  private static List<Double> read(
      SourceSql sql,
      Table table,
      Column column,
      Field<?> value,
      QuantileGrid grid,
      TypeKind kind,
      PrivateRelease dp)
      throws SQLException {
    double epsilon = dp.budget().epsilon(table, HISTOGRAM, column.name()) / grid.levels();
    double delta = dp.budget().delta(table, HISTOGRAM, column.name()) / grid.levels();
    long bar = StableThreshold.of(epsilon, 1, delta, dp.k());
    dp.budget()
        .spend(
            table,
            HISTOGRAM,
            column.name(),
            grid.levels() + "-level tree, " + StableThreshold.mechanism(bar),
            true);
    if (bar == Long.MAX_VALUE) {
      return List.of();
    }
    NoisyTree tree = new NoisyTree(grid, dp.noise(), epsilon, bar);
    sql.each(
        sql.dsl()
            .select(value, DSL.count())
            .from(SourceSql.table(table.name()))
            .where(value.isNotNull())
            .groupBy(value)
            .orderBy(value),
        rs -> {
          double position = ValuePosition.of(ValueText.of(rs, 1), kind);
          if (!Double.isNaN(position)) {
            tree.add(position, rs.getLong(2));
          }
        });
    List<Double> points = new ArrayList<>(tree.quantiles());
    if (!points.isEmpty()) {
      points.add(0, points.get(0));
      points.add(points.get(points.size() - 1));
    }
    return points;
  }
}
