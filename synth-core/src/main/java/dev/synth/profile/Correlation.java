package dev.synth.profile;

import java.util.Objects;

/**
 * The dependence between two columns of one table: the Pearson correlation of their normal scores
 * (a Gaussian copula), rounded to two decimals. An aggregate over at least k sampled rows, never a
 * row.
 *
 * <pre>{@code
 * Correlation ageIncome = new Correlation("AGE", "INCOME", 0.87);
 * }</pre>
 *
 * @param a the first column, earlier in the table's declaration order
 * @param b the second column
 * @param rho the correlation, between -1 and 1
 */
public record Correlation(String a, String b, double rho) {
  public Correlation {
    Objects.requireNonNull(a, "first column of a correlation");
    Objects.requireNonNull(b, "second column of a correlation with " + a);
    if (!(rho >= -1 && rho <= 1)) {
      throw new IllegalArgumentException(
          "correlation of " + a + " and " + b + " must be between -1 and 1 but was " + rho);
    }
  }
}
