package dev.synth.evaluate;

import java.util.Locale;

/** Renders a {@link Comparison} as aligned plain text, figures to three decimals. */
final class SummaryText {
  private SummaryText() {}

  static String of(Comparison comparison) {
    StringBuilder out = new StringBuilder();
    out.append(
        "Similarity to the reference (1 = same distribution; 1 - KS for numbers, dates and text"
            + " lengths, 1 - TVD for categories and fan-outs)\n");
    for (TableComparison table : comparison.tables()) {
      table(out, table);
    }
    comparison.worstColumn().ifPresent(w -> out.append("Worst column: ").append(w).append('\n'));
    return out.toString();
  }

  private static void table(StringBuilder out, TableComparison t) {
    line(
        out,
        "%s: %d reference rows, %d synthetic rows",
        t.table(),
        t.referenceRows(),
        t.syntheticRows());
    for (ColumnSimilarity c : t.columns()) {
      line(
          out,
          "  %-32s %-10s %.3f%s",
          c.column(),
          c.statistic().label(),
          c.similarity(),
          c.key() ? " (key)" : "");
    }
    if (t.correlationPairs() > 0) {
      line(
          out,
          "  %-32s %-10s %.3f over %d pairs",
          "correlations",
          "MAD",
          t.correlationMad(),
          t.correlationPairs());
    }
    for (FanOutSimilarity f : t.fanOuts()) {
      line(
          out,
          "  %-32s %-10s %.3f",
          "fan-out " + f.columns() + " -> " + f.targetTable(),
          "TVD",
          f.similarity());
    }
    ExactMatches m = t.exactMatches();
    if (m != null) {
      line(
          out,
          "  %-32s %-10s %.3f (%d of %d checked synthetic rows equal a source row on %d columns%s)",
          "exact matches",
          "share",
          m.share(),
          m.matches(),
          m.checkedRows(),
          m.columns().size(),
          m.sampled()
              ? String.format(Locale.ROOT, "; %.4f of the hash space held", m.keptShare())
              : "");
    }
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
