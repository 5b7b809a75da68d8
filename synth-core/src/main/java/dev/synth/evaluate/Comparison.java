package dev.synth.evaluate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How alike a synthetic database is to its reference (a source database or its profile), table by
 * table. Every similarity is in [0, 1], 1 meaning the same distribution.
 *
 * <pre>{@code
 * Comparison comparison = Evaluation.compare(profile, synthetic);
 * comparison.minColumnSimilarity();         // the worst column of any table
 * comparison.table("orders").correlationMad();
 * System.out.println(comparison.summary());
 * }</pre>
 *
 * @param tables one entry per compared table, in the reference's order
 */
public record Comparison(List<TableComparison> tables) {
  public Comparison {
    tables = List.copyOf(tables);
  }

  /** The comparison of the table named {@code name} (exactly, or case-insensitively). */
  public TableComparison table(String name) {
    return tables.stream()
        .filter(t -> t.table().equals(name))
        .findFirst()
        .or(() -> tables.stream().filter(t -> t.table().equalsIgnoreCase(name)).findFirst())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the comparison has no table "
                        + name
                        + "; it has "
                        + tables.stream().map(TableComparison::table).toList()));
  }

  /**
   * The column least like the reference in any table, keys left out (see {@link
   * ColumnSimilarity#key()}), if any such column was compared.
   */
  public Optional<ColumnSimilarity> worstColumn() {
    return tables.stream()
        .flatMap(t -> t.columns().stream())
        .filter(c -> !c.key())
        .min(Comparator.comparingDouble(ColumnSimilarity::similarity));
  }

  /** The worst column's similarity, keys left out; NaN when no such column was compared. */
  public double minColumnSimilarity() {
    return worstColumn().map(ColumnSimilarity::similarity).orElse(Double.NaN);
  }

  /** The worst foreign key's fan-out similarity; NaN when none was compared. */
  public double minFanOutSimilarity() {
    return tables.stream()
        .flatMap(t -> t.fanOuts().stream())
        .mapToDouble(FanOutSimilarity::similarity)
        .min()
        .orElse(Double.NaN);
  }

  /** The largest correlation MAD of any table; NaN when no table has correlated pairs. */
  public double maxCorrelationMad() {
    return tables.stream()
        .mapToDouble(TableComparison::correlationMad)
        .filter(d -> !Double.isNaN(d))
        .max()
        .orElse(Double.NaN);
  }

  /** A plain-text report, one line per statistic, that a log or a report page can print. */
  public String summary() {
    return SummaryText.of(this);
  }

  @Override
  public String toString() {
    return summary();
  }
}
