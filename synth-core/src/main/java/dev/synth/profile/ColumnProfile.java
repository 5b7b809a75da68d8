package dev.synth.profile;

import dev.synth.schema.TypeKind;
import java.util.List;
import java.util.Objects;

/**
 * The learned statistics of one column, plus its declared type and nullability so a later run can
 * tell when the target schema has drifted. Which statistics are present depends on the column:
 * categorical columns carry {@code categories}, other numbers and dates {@code quantiles}, other
 * text {@code lengths} and, when its values follow one, a {@code shape}. A text column may also
 * carry the {@code semantic} kind its name or values show.
 *
 * <pre>{@code
 * ColumnProfile status = new ColumnProfile("STATUS", "VARCHAR", TypeKind.VARCHAR, true, 0.1, 3L,
 *     List.of(), new Categories(List.of(new Frequency("PAID", 700)), 8), List.of(), null,
 *     "status");
 * ColumnProfile code = new ColumnProfile("CODE", "VARCHAR", TypeKind.VARCHAR, false, 0, 990L,
 *     List.of(), null, lengths, "AA-9999", null);
 * }</pre>
 *
 * @param name the column name as the database reports it
 * @param sqlType the declared type as the database names it, e.g. {@code NUMERIC(12,2)}
 * @param kind the type family
 * @param nullable whether the column allows NULL
 * @param nullFraction the share of rows that are NULL
 * @param distinct the number of distinct non-null values, {@code null} when the type has no
 *     equality the database can count (large objects, JSON)
 * @param quantiles {@value #POINTS} points p0..p100 as text, extremes clipped: p0 equals p1 and
 *     p100 equals p99, so the exact minimum and maximum are never released; empty when not learned
 * @param categories the kept value frequencies, {@code null} unless the column is categorical
 * @param lengths {@value #POINTS} quantiles of the text length, clipped like {@code quantiles};
 *     empty when not learned
 * @param shape the {@link ValueShape shape} nearly all values follow, {@code null} when they follow
 *     none (free text) or the column is not text
 * @param semantic what the text means, as the generator's kind id ({@code email}, {@code
 *     first-name}, {@code city}...), from the column's name or a sample of its values; {@code null}
 *     when neither says
 */
public record ColumnProfile(
    String name,
    String sqlType,
    TypeKind kind,
    boolean nullable,
    double nullFraction,
    Long distinct,
    List<String> quantiles,
    Categories categories,
    List<Long> lengths,
    String shape,
    String semantic) {

  /** How many quantile points a profile holds: p0 to p100. */
  public static final int POINTS = 101;

  public ColumnProfile {
    Objects.requireNonNull(name, "name of a column profile");
    Objects.requireNonNull(sqlType, "sqlType of column " + name);
    Objects.requireNonNull(kind, "kind of column " + name);
    Fractions.check(nullFraction, "nullFraction of column " + name);
    if (distinct != null && distinct < 0) {
      throw new IllegalArgumentException(
          "distinct of column " + name + " must be >= 0 but was " + distinct);
    }
    quantiles = clipped(quantiles, "quantiles of column " + name);
    lengths = clipped(lengths, "lengths of column " + name);
    if (shape != null && !ValueShape.isShape(shape)) {
      throw new IllegalArgumentException(
          "shape of column "
              + name
              + " must be 1 to "
              + ValueShape.MAX_LENGTH
              + " characters of A, a, 9 or ASCII punctuation but was '"
              + shape
              + "'");
    }
    if (semantic != null && !semantic.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "semantic kind of column "
              + name
              + " must be a lower-case id like 'email' or 'first-name' but was '"
              + semantic
              + "'");
    }
  }

  private static <T> List<T> clipped(List<T> points, String what) {
    if (points == null || points.isEmpty()) {
      return List.of();
    }
    if (points.size() != POINTS) {
      throw new IllegalArgumentException(
          what + " must hold " + POINTS + " points but held " + points.size());
    }
    if (!points.get(0).equals(points.get(1)) || !points.get(100).equals(points.get(99))) {
      throw new IllegalArgumentException(
          what
              + " must be clipped (p0 = p1, p100 = p99) but were p0="
              + points.get(0)
              + ", p1="
              + points.get(1)
              + ", p99="
              + points.get(99)
              + ", p100="
              + points.get(100));
    }
    return List.copyOf(points);
  }
}
