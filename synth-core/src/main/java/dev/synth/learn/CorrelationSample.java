package dev.synth.learn;

import dev.synth.schema.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Field;

/**
 * A bounded sample of some columns of one table, as numbers whose order is the order the
 * correlations are learned on; NULLs are NaN. At most {@code limit} rows are read and kept, so
 * memory stays bounded whatever the table size.
 *
 * <p>The rows are {@link SampledRows}: a repeatable {@code TABLESAMPLE} on PostgreSQL, the first
 * rows on H2.
 */
final class CorrelationSample {
  /** How many rows the correlations are learned from at most. */
  static final int DEFAULT_LIMIT = 10_000;

  private final double[][] columns;
  private final int rows;

  private CorrelationSample(double[][] columns, int rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /** How many rows were sampled. */
  int rows() {
    return rows;
  }

  /** The sampled values of the {@code index}-th requested column. */
  double[] column(int index) {
    return columns[index];
  }

  /**
   * Reads the sample.
   *
   * @param codes per requested column, the code of each kept categorical value by its text (the
   *     value's rank by frequency); an empty map reads the column as a number or time
   * @param tableRows the table's row count, from which the sampling percentage follows
   */
  static CorrelationSample read(
      SourceSql sql,
      QualifiedName table,
      List<String> names,
      List<Map<String, Integer>> codes,
      long tableRows,
      int limit)
      throws SQLException {
    List<Field<?>> select = new ArrayList<>();
    names.forEach(n -> select.add(SourceSql.field(n)));
    double[][] values = new double[names.size()][];
    int capacity = (int) Math.min(limit, tableRows);
    for (int c = 0; c < values.length; c++) {
      values[c] = new double[capacity];
    }
    int[] count = new int[1];
    sql.each(
        SampledRows.query(sql, select, table, tableRows, limit),
        rs -> {
          if (count[0] >= capacity) {
            return;
          }
          for (int c = 0; c < values.length; c++) {
            values[c][count[0]] =
                codes.get(c).isEmpty() ? number(rs, c + 1) : code(rs, c + 1, codes.get(c));
          }
          count[0]++;
        });
    for (int c = 0; c < values.length; c++) {
      values[c] = java.util.Arrays.copyOf(values[c], count[0]);
    }
    return new CorrelationSample(values, count[0]);
  }

  /** Rare values share one code after the kept ones: they are "other" in the profile too. */
  private static double code(ResultSet rs, int index, Map<String, Integer> codes)
      throws SQLException {
    String text = ValueText.of(rs, index);
    return text == null ? Double.NaN : codes.getOrDefault(text, codes.size());
  }

  private static double number(ResultSet rs, int index) throws SQLException {
    Object value = rs.getObject(index);
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof java.util.Date d) {
      return d.getTime();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant().toEpochMilli();
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
    if (value instanceof LocalDate d) {
      return d.toEpochDay();
    }
    return Double.NaN;
  }
}
