package dev.synth.learn;

import static java.math.RoundingMode.UP;

import dev.synth.profile.ColumnProfile;
import dev.synth.schema.QualifiedName;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Quantiles p1..p99 computed by the source with {@code PERCENTILE_DISC ... WITHIN GROUP}, which
 * PostgreSQL and H2 both have and which returns values that exist in the column (PostgreSQL picks
 * rank ceil(p * n), H2 the rank nearest p * (n - 1)). The extremes are clipped: p0 is reported as
 * p1 and p100 as p99, and no point is read nearer the ends than rank 1.5, so even in a column of
 * fewer than 100 values the exact minimum and maximum never leave the source. In a column of one or
 * two values (which a profile never reads, but a database measured on a profile's terms may hold)
 * the margin stops at the median, so every point is the median rather than an invalid fraction.
 */
final class Quantiles {
  private Quantiles() {}

  /** The clipped quantiles of a column's {@code nonNull} values, as text. */
  static List<String> ofValues(SourceSql sql, QualifiedName table, String column, long nonNull)
      throws SQLException {
    return read(sql, table, SourceSql.field(column), nonNull);
  }

  /** The clipped quantiles of a text column's lengths. */
  static List<Long> ofLengths(SourceSql sql, QualifiedName table, String column, long nonNull)
      throws SQLException {
    Field<Integer> length = DSL.charLength(DSL.field(DSL.name(column), String.class));
    return read(sql, table, length, nonNull).stream().map(Long::valueOf).toList();
  }

  private static List<String> read(SourceSql sql, QualifiedName table, Field<?> value, long nonNull)
      throws SQLException {
    BigDecimal margin =
        BigDecimal.valueOf(15, 1)
            .divide(BigDecimal.valueOf(nonNull), 6, UP)
            .min(BigDecimal.valueOf(5, 1));
    List<BigDecimal> fractions = new ArrayList<>();
    for (int p = 1; p <= 99; p++) {
      fractions.add(fraction(p, margin));
    }
    List<String> points = new ArrayList<>(ColumnProfile.POINTS);
    if (sql.isPostgres()) {
      readAsArray(sql, table, value, fractions, points);
    } else {
      readAsColumns(sql, table, value, fractions, points);
    }
    points.add(0, points.get(0));
    points.add(points.get(points.size() - 1));
    return points;
  }

  private static void readAsColumns(
      SourceSql sql,
      QualifiedName table,
      Field<?> value,
      List<BigDecimal> fractions,
      List<String> points)
      throws SQLException {
    List<Field<?>> select = new ArrayList<>();
    for (BigDecimal f : fractions) {
      select.add(DSL.percentileDisc(f).withinGroupOrderBy(value));
    }
    sql.each(
        sql.dsl().select(select).from(SourceSql.table(table)),
        rs -> {
          for (int i = 1; i <= fractions.size(); i++) {
            points.add(ValueText.of(rs, i));
          }
        });
  }

  /**
   * PostgreSQL's array form sorts the column once for all fractions; 99 separate aggregates took 13
   * times as long on a 1,000,000-row column.
   */
  private static void readAsArray(
      SourceSql sql,
      QualifiedName table,
      Field<?> value,
      List<BigDecimal> fractions,
      List<String> points)
      throws SQLException {
    Field<Object> all =
        DSL.field(
            "percentile_disc({0}) within group (order by {1})",
            Object.class, DSL.array(fractions.toArray(BigDecimal[]::new)), value);
    sql.each(
        sql.dsl().select(all).from(SourceSql.table(table)),
        rs -> {
          try (ResultSet elements = rs.getArray(1).getResultSet()) {
            while (elements.next()) {
              points.add(ValueText.of(elements, 2));
            }
          }
        });
  }

  /** p / 100, but at least {@code margin} from either end. */
  private static BigDecimal fraction(int p, BigDecimal margin) {
    // BigDecimal, not double: 0.07 must render as 0.07, not 0.07000000000000001.
    BigDecimal f = BigDecimal.valueOf(p, 2);
    return p <= 50 ? f.max(margin) : f.min(BigDecimal.ONE.subtract(margin));
  }
}
