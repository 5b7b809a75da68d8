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
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A bounded sample of some columns of one table, as numbers whose order is the order the
 * correlations are learned on; NULLs are NaN. At most {@code limit} rows are read and kept, so
 * memory stays bounded whatever the table size.
 *
 * <p>On PostgreSQL the rows come from {@code TABLESAMPLE BERNOULLI (p) REPEATABLE (0)}, p chosen
 * from the known row count to give about a fifth more than {@code limit} rows, of which the {@code
 * limit} with the smallest hash of their {@code ctid} are kept: row-level (not block-level)
 * sampling, so clustered tables are not over-represented, and the same sample on every run of an
 * unchanged table. H2 has no {@code TABLESAMPLE}, and an {@code ORDER BY RAND()} would sort the
 * whole table and differ on every run; H2 sources are embedded development databases, so there the
 * sample is the first {@code limit} rows in scan order.
 */
final class CorrelationSample {
  /** How many rows the correlations are learned from at most. */
  static final int DEFAULT_LIMIT = 10_000;

  private static final double OVERSAMPLE = 1.2;

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
        sampled(sql, select, table, tableRows, limit),
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

  private static Query sampled(
      SourceSql sql, List<Field<?>> select, QualifiedName table, long tableRows, int limit) {
    Table<?> whole = SourceSql.table(table);
    if (!sql.isPostgres() || tableRows <= limit) {
      return sql.dsl().select(select).from(whole).limit(limit);
    }
    double percent = Math.min(100, 100 * OVERSAMPLE * limit / tableRows);
    Table<?> sample =
        DSL.table("{0} tablesample bernoulli ({1}) repeatable (0)", whole, DSL.inline(percent));
    // A synchronized seq scan may start mid-table, so the first rows of the sample vary from run
    // to run; a hash of the row's position picks the same rows, from the whole table, every time.
    return sql.dsl().select(select).from(sample).orderBy(DSL.field("md5(ctid::text)")).limit(limit);
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
