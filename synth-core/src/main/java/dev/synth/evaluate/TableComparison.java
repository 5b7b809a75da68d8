package dev.synth.evaluate;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How alike one table is in the reference and in the synthetic data.
 *
 * <pre>{@code
 * TableComparison orders = comparison.table("orders");
 * orders.column("status").similarity();     // 1 - TVD
 * orders.minColumnSimilarity();             // the worst column's similarity
 * orders.exactMatchShare().orElse(0);       // known only when compared with a source database
 * }</pre>
 *
 * @param table the table, as the reference names it
 * @param referenceRows the reference's row count
 * @param syntheticRows the synthetic table's row count
 * @param columns one entry per column the reference has a distribution of (categories, quantiles or
 *     length quantiles), in declaration order; columns without one (keys of fewer than k values,
 *     free text too short to profile, binary data) are absent
 * @param correlationMad the mean absolute difference between the reference's and the synthetic
 *     data's correlations over the reference's pairs (a pair the synthetic side has no correlation
 *     for counts as 0 there), between 0 and 2; NaN when the reference has no correlated pair
 * @param correlationPairs how many pairs {@code correlationMad} averages over
 * @param fanOuts one entry per foreign key the reference has a histogram of
 * @param exactMatches the exact-match check, or {@code null} when unknown (compared with a profile,
 *     which holds no rows) or impossible (no column besides keys)
 */
public record TableComparison(
    String table,
    long referenceRows,
    long syntheticRows,
    List<ColumnSimilarity> columns,
    double correlationMad,
    int correlationPairs,
    List<FanOutSimilarity> fanOuts,
    ExactMatches exactMatches) {
  public TableComparison {
    Objects.requireNonNull(table, "table of a comparison");
    if (referenceRows < 0 || syntheticRows < 0) {
      throw new IllegalArgumentException(
          "row counts of "
              + table
              + " must be >= 0 but were "
              + referenceRows
              + " and "
              + syntheticRows);
    }
    columns = List.copyOf(columns);
    fanOuts = List.copyOf(fanOuts);
    if (correlationPairs < 0 || (correlationPairs == 0) != Double.isNaN(correlationMad)) {
      throw new IllegalArgumentException(
          "correlationMad of "
              + table
              + " must be NaN exactly when there are no pairs but was "
              + correlationMad
              + " over "
              + correlationPairs
              + " pairs");
    }
    if (!Double.isNaN(correlationMad) && !(correlationMad >= 0 && correlationMad <= 2)) {
      throw new IllegalArgumentException(
          "correlationMad of " + table + " must be in [0, 2] but was " + correlationMad);
    }
  }

  /** The similarity of the column named {@code name} (exactly, or case-insensitively). */
  public ColumnSimilarity column(String name) {
    return columns.stream()
        .filter(c -> c.column().equals(name))
        .findFirst()
        .or(() -> columns.stream().filter(c -> c.column().equalsIgnoreCase(name)).findFirst())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "table "
                        + table
                        + " has no compared column "
                        + name
                        + "; it has "
                        + columns.stream().map(ColumnSimilarity::column).toList()));
  }

  /** The column least like the reference, keys left out, if any such column was compared. */
  public Optional<ColumnSimilarity> worstColumn() {
    return columns.stream()
        .filter(c -> !c.key())
        .min(Comparator.comparingDouble(ColumnSimilarity::similarity));
  }

  /** The worst column's similarity, keys left out; NaN when no such column was compared. */
  public double minColumnSimilarity() {
    return worstColumn().map(ColumnSimilarity::similarity).orElse(Double.NaN);
  }

  /** The worst foreign key's fan-out similarity; NaN when none was compared. */
  public double minFanOutSimilarity() {
    return fanOuts.stream().mapToDouble(FanOutSimilarity::similarity).min().orElse(Double.NaN);
  }

  /** The share of synthetic rows that copy a source row, when known. */
  public OptionalDouble exactMatchShare() {
    return exactMatches == null ? OptionalDouble.empty() : OptionalDouble.of(exactMatches.share());
  }
}
