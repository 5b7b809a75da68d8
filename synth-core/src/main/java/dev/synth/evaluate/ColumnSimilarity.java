package dev.synth.evaluate;

import java.util.Objects;

/**
 * How alike one column's values are in the reference and in the synthetic data: 1 minus the
 * distance named by {@code statistic}, so 1 means the same distribution and 0 nothing in common.
 *
 * <pre>{@code
 * ColumnSimilarity age = new ColumnSimilarity("PERSON", "AGE", Statistic.KS, 0.97, false);
 * }</pre>
 *
 * @param table the table, as the reference names it
 * @param column the column, as the reference names it
 * @param statistic the distance the similarity complements
 * @param similarity 1 minus that distance, in [0, 1]
 * @param key whether the column is a primary-key, foreign-key or identity column of the synthetic
 *     table: its values are mostly surrogates that follow row counts and sequences, so {@link
 *     Comparison#worstColumn()} and the minimums leave it out
 */
public record ColumnSimilarity(
    String table, String column, Statistic statistic, double similarity, boolean key) {
  public ColumnSimilarity {
    Objects.requireNonNull(table, "table of a column similarity");
    Objects.requireNonNull(column, "column of a column similarity in " + table);
    Objects.requireNonNull(statistic, "statistic of column " + table + "." + column);
    Shares.check(similarity, "similarity of column " + table + "." + column);
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%s.%s %.3f (%s%s)",
        table,
        column,
        similarity,
        statistic.label(),
        key ? ", key" : "");
  }
}
