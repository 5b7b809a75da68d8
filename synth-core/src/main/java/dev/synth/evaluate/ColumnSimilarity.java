package dev.synth.evaluate;

import java.util.Objects;

/**
 * How alike one column's values are in the reference and in the synthetic data: 1 minus the
 * distance named by {@code statistic}, so 1 means the same distribution and 0 nothing in common.
 *
 * <pre>{@code
 * ColumnSimilarity age = new ColumnSimilarity("PERSON", "AGE", Statistic.KS, 0.97);
 * }</pre>
 *
 * @param table the table, as the reference names it
 * @param column the column, as the reference names it
 * @param statistic the distance the similarity complements
 * @param similarity 1 minus that distance, in [0, 1]
 */
public record ColumnSimilarity(
    String table, String column, Statistic statistic, double similarity) {
  public ColumnSimilarity {
    Objects.requireNonNull(table, "table of a column similarity");
    Objects.requireNonNull(column, "column of a column similarity in " + table);
    Objects.requireNonNull(statistic, "statistic of column " + table + "." + column);
    Shares.check(similarity, "similarity of column " + table + "." + column);
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT, "%s.%s %.3f (%s)", table, column, similarity, statistic.label());
  }
}
