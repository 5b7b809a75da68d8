package dev.synth.learn;

import dev.synth.profile.ValueShape;
import dev.synth.schema.QualifiedName;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The {@link ValueShape shape} a text column's values follow, when they follow one. The most common
 * shape of the {@link TextSample sample} is the candidate when it covers at least {@value
 * #CANDIDATE} of the sampled values; the source then counts, by a regular expression matched in the
 * database, the rows that follow it, and the shape is kept only if they are at least {@value
 * #COVERAGE} of the non-null values and at least k rows. Free text has no candidate, so it costs no
 * query; a code column costs one count. (Grouping the whole table by {@code translate(value, ...)}
 * was exact too, but took 27 s on a million md5 hashes on PostgreSQL, against 0.5 s for the count.)
 */
final class Shapes {
  /** The share of non-null values one shape must cover: codes, not free text. */
  static final double COVERAGE = 0.95;

  /** Lower than the coverage, so sampling noise does not hide a shape the table has. */
  static final double CANDIDATE = 0.9;

  private static final String UPPER = "[ABCDEFGHIJKLMNOPQRSTUVWXYZ]";

  private Shapes() {}

  /** The shape, or {@code null} when none covers enough values. */
  static String read(
      SourceSql sql, QualifiedName table, String column, long nonNull, int k, List<String> sample)
      throws SQLException {
    String candidate = candidate(sample);
    if (candidate == null) {
      return null;
    }
    Field<String> value = DSL.field(DSL.name(column), String.class);
    long[] matching = new long[1];
    sql.each(
        sql.dsl()
            .selectCount()
            .from(SourceSql.table(table))
            .where(value.likeRegex(regex(candidate))),
        rs -> matching[0] = rs.getLong(1));
    return matching[0] >= k && matching[0] >= COVERAGE * nonNull ? candidate : null;
  }

  /** The sample's most common shape if it covers enough of the sample, else {@code null}. */
  static String candidate(List<String> sample) {
    Map<String, Integer> counts = new HashMap<>();
    sample.stream()
        .map(ValueShape::of)
        .filter(Objects::nonNull)
        .forEach(s -> counts.merge(s, 1, Integer::sum));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= CANDIDATE * sample.size())
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  /**
   * A regular expression that PostgreSQL and H2 (Java) read alike: anchored, classes spelled out
   * letter by letter so no collation widens a range, literals escaped with a backslash.
   */
  static String regex(String shape) {
    StringBuilder regex = new StringBuilder("^");
    for (char c : shape.toCharArray()) {
      switch (c) {
        case 'A' -> regex.append(UPPER);
        case 'a' -> regex.append(UPPER.toLowerCase(java.util.Locale.ROOT));
        case '9' -> regex.append("[0123456789]");
        default -> regex.append('\\').append(c);
      }
    }
    return regex.append('$').toString();
  }
}
