package dev.synth.learn;

import dev.synth.profile.Categories;
import dev.synth.profile.Frequency;
import dev.synth.schema.QualifiedName;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The value frequencies of a categorical column. The rare-value gate runs in the source ({@code
 * HAVING COUNT(*) >= k}), so a value held by fewer than k rows is never even read.
 */
final class Frequencies {
  private Frequencies() {}

  /**
   * The kept values and the "other" share.
   *
   * @param nonNull the column's non-null rows, of which the kept values' rows are subtracted
   */
  static Categories read(SourceSql sql, QualifiedName table, String column, long nonNull, int k)
      throws SQLException {
    Field<Object> value = SourceSql.field(column);
    List<Frequency> kept = new ArrayList<>();
    sql.each(
        sql.dsl()
            .select(value, DSL.count())
            .from(SourceSql.table(table))
            .where(value.isNotNull())
            .groupBy(value)
            .having(DSL.count().ge(k)),
        rs -> kept.add(new Frequency(ValueText.of(rs, 1), rs.getLong(2))));
    kept.sort(
        Comparator.comparingLong(Frequency::count).reversed().thenComparing(Frequency::value));
    long keptRows = kept.stream().mapToLong(Frequency::count).sum();
    return new Categories(kept, nonNull - keptRows);
  }

  /**
   * How many rows hold each of {@code values}, every other non-null value counted as "other": a
   * column measured on a reference profile's terms. No gate applies (the measured database is not
   * the private one), values no row holds are left out, and the groups stream through one at a
   * time, so a column that holds many more values than the reference costs no memory.
   */
  static Categories countOf(
      SourceSql sql, QualifiedName table, String column, long nonNull, Set<String> values)
      throws SQLException {
    Field<Object> value = SourceSql.field(column);
    Map<String, Long> counts = new TreeMap<>();
    sql.each(
        sql.dsl()
            .select(value, DSL.count())
            .from(SourceSql.table(table))
            .where(value.isNotNull())
            .groupBy(value),
        rs -> {
          String text = ValueText.of(rs, 1);
          if (values.contains(text)) {
            counts.merge(text, rs.getLong(2), Long::sum);
          }
        });
    List<Frequency> kept = new ArrayList<>();
    counts.forEach((text, count) -> kept.add(new Frequency(text, count)));
    kept.sort(Comparator.comparingLong(Frequency::count).reversed());
    long keptRows = kept.stream().mapToLong(Frequency::count).sum();
    return new Categories(kept, nonNull - keptRows);
  }
}
