package dev.synth.learn;

import dev.synth.profile.Categories;
import dev.synth.profile.ColumnProfile;
import dev.synth.schema.Column;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.sql.SQLException;
import java.util.List;

/**
 * Chooses and computes the statistics of one column: value frequencies when it is categorical
 * (boolean, enum, or at most {@value #CATEGORICAL_AT_MOST} distinct values), else quantiles for
 * numbers and dates and length quantiles and a {@link Shapes shape} for text. A categorical column
 * gets no quantiles, as they could name a value held by fewer than k rows, and a column with fewer
 * than k values gets none: its quantiles would be its values. With a {@link PrivateRelease}, the
 * counts it is given are noisy and the statistics are read with noise; shapes and kinds read from
 * sampled values have no share of the privacy budget, so they are left out (a kind the column's
 * name gives is kept: the schema is public).
 */
final class ColumnLearner {
  static final int CATEGORICAL_AT_MOST = 50;

  private final SourceSql sql;
  private final int k;
  private final PrivateRelease dp;

  /** A learner of exact statistics, or noisy ones when {@code dp} is not null. */
  ColumnLearner(SourceSql sql, int k, PrivateRelease dp) {
    this.sql = sql;
    this.k = k;
    this.dp = dp;
  }

  /**
   * The column's profile.
   *
   * @param sample the table's text sample, for the shape's candidate and the semantic kind
   */
  ColumnProfile learn(Table table, Column column, ColumnCounts counts, TextSample sample)
      throws SQLException {
    TypeKind kind = column.type().kind();
    String name = column.name();
    long nonNull = counts.nonNull().get(name);
    Long distinct = counts.distinct().get(name);
    Categories categories = null;
    List<String> quantiles = List.of();
    List<Long> lengths = List.of();
    String shape = null;
    if (nonNull > 0
        && isCategorical(kind, distinct, nonNull, categoricalAtMost(table, column))
        && (dp == null || !byValue(kind))) {
      categories =
          dp == null
              ? Frequencies.read(sql, table.name(), name, nonNull, k)
              : dp.categories(sql, table, column, nonNull);
    } else if (nonNull >= k && (kind.isNumeric() || kind.isTemporal())) {
      quantiles =
          dp == null
              ? Quantiles.ofValues(sql, table.name(), name, nonNull)
              : dp.quantiles(sql, table, column);
    } else if (nonNull >= k && kind.isText()) {
      lengths =
          dp == null
              ? Quantiles.ofLengths(sql, table.name(), name, nonNull)
              : dp.lengths(sql, table, column);
      shape =
          dp == null ? Shapes.read(sql, table.name(), name, nonNull, k, sample.values(name)) : null;
    }
    return new ColumnProfile(
        name,
        column.type().toString(),
        kind,
        column.nullable(),
        counts.nullFraction(name),
        distinct,
        quantiles,
        categories,
        lengths,
        shape,
        kind.isText() ? SemanticKinds.of(table, column, sample) : null);
  }

  /**
   * Under epsilon a number or time is never categorical: deciding by a noisy distinct count near
   * {@value #CATEGORICAL_AT_MOST} made a column flip from quantiles to frequencies between runs,
   * and its values, each below the release threshold, all went to "other". Its noisy histogram
   * keeps small integers exact, so its quantiles say as much.
   */
  private static boolean byValue(TypeKind kind) {
    return kind.isNumeric() || kind.isTemporal();
  }

  /**
   * Booleans, enums and columns of few values that repeat. A column whose every value is distinct
   * is an identifier, however few its rows: it keeps lengths or quantiles, never values.
   */
  private static boolean isCategorical(TypeKind kind, Long distinct, long nonNull, long atMost) {
    return kind == TypeKind.BOOLEAN
        || kind == TypeKind.ENUM
        || (distinct != null && distinct <= atMost && distinct < nonNull);
  }

  /**
   * Under epsilon the distinct count is noisy: a text column of 9 values could read as 51 and lose
   * all its values to filler. Six noise scales of margin make that a chance in 800; the values read
   * stay bounded, and each still needs a noisy count above the release threshold.
   */
  private long categoricalAtMost(Table table, Column column) {
    if (dp == null || !ColumnCounts.countsDistinct(column.type().kind())) {
      return CATEGORICAL_AT_MOST;
    }
    double epsilon = dp.budget().epsilon(table, PrivacyBudget.DISTINCT, column.name());
    return CATEGORICAL_AT_MOST + (long) Math.ceil(6 / epsilon);
  }
}
