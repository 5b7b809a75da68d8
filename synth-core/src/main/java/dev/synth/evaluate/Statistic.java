package dev.synth.evaluate;

/**
 * Which distance a column's similarity is the complement of.
 *
 * <pre>{@code
 * Statistic.LENGTH_KS.label(); // "length KS"
 * }</pre>
 */
public enum Statistic {
  /** Kolmogorov-Smirnov: the largest gap between the two cumulative distributions of values. */
  KS("KS"),
  /** Total variation distance between the two category shares, "other" and NULL included. */
  TVD("TVD"),
  /** Kolmogorov-Smirnov on the lengths of text values. */
  LENGTH_KS("length KS");

  private final String label;

  Statistic(String label) {
    this.label = label;
  }

  /** The short name a report prints. */
  public String label() {
    return label;
  }
}
