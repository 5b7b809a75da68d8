package dev.synth.evaluate;

import java.util.List;

/**
 * How many synthetic rows of a table equal a source row on every compared column: a privacy check,
 * as a generator should never copy a real row.
 *
 * <p>Keys are not compared: primary-key, foreign-key, identity and computed columns are left out,
 * as surrogate keys differ between any two loads (a copied customer under a new id is still a
 * copy). When the source had more rows than the match limit, only rows whose hash falls in a share
 * of the hash space ({@code keptShare}) were held, and only synthetic rows in that same share were
 * checked: every source row equal to a checked row is held too, so the share of matches among the
 * checked rows estimates the share among all rows without bias.
 *
 * <p>Rows of a few low-cardinality columns repeat by chance (a table of one yes/no column matches
 * fully), so read the share against the columns compared.
 *
 * <pre>{@code
 * ExactMatches m = new ExactMatches(List.of("NAME", "EMAIL"), 1000, 100, 100, 10, 1.0);
 * m.share(); // 0.1
 * }</pre>
 *
 * @param columns the compared columns, as the source names them
 * @param sourceRows the source rows read
 * @param syntheticRows the synthetic rows read
 * @param checkedRows the synthetic rows checked: all of them unless {@code keptShare} is below 1
 * @param matches the checked rows equal to some source row
 * @param keptShare the share of the hash space held: 1 when every source row was held
 */
public record ExactMatches(
    List<String> columns,
    long sourceRows,
    long syntheticRows,
    long checkedRows,
    long matches,
    double keptShare) {
  public ExactMatches {
    columns = List.copyOf(columns);
    if (sourceRows < 0 || syntheticRows < 0) {
      throw new IllegalArgumentException(
          "row counts must be >= 0 but were " + sourceRows + " and " + syntheticRows);
    }
    if (matches < 0 || matches > checkedRows || checkedRows > syntheticRows) {
      throw new IllegalArgumentException(
          "need 0 <= matches <= checkedRows <= syntheticRows but had "
              + matches
              + ", "
              + checkedRows
              + ", "
              + syntheticRows);
    }
    if (!(keptShare > 0 && keptShare <= 1)) {
      throw new IllegalArgumentException("keptShare must be in (0, 1] but was " + keptShare);
    }
  }

  /** The share of checked synthetic rows that copy a source row; 0 when none was checked. */
  public double share() {
    return checkedRows == 0 ? 0 : matches / (double) checkedRows;
  }

  /** Whether the source held more rows than the limit, so {@link #share()} is an estimate. */
  public boolean sampled() {
    return keptShare < 1;
  }
}
