package dev.synth.generate;

import java.util.List;

/**
 * A Gaussian copula over some columns of a table: for each row, correlated standard normals made
 * from the row's hash through the Cholesky factor of the correlation matrix, each turned into a
 * uniform by Φ. A column inverts its own learned distribution at its uniform, so the columns keep
 * their marginals and the dependence between their normal scores. Every uniform is a pure function
 * of {@code (key, row, column index)}: a column recomputes the draws it needs and never waits for
 * another column.
 *
 * <pre>{@code
 * Copula c = Copula.of(key, new double[][] {{1, 0.8}, {0.8, 1}});
 * double age = c.uniform(17, 0), income = c.uniform(17, 1); // close together, row after row
 * }</pre>
 */
public final class Copula {
  private final long key;
  private final double[][] lower;

  private Copula(long key, double[][] lower) {
    this.key = key;
    this.lower = lower;
  }

  /**
   * The copula that reproduces correlations learned on normal scores between columns with these
   * marginals: each learned value is divided by the weakening its columns' ties cause (see {@link
   * Attenuation}).
   */
  public static Copula of(long key, double[][] learned, List<Marginal> marginals) {
    int n = learned.length;
    double[] factor = new double[n];
    for (int i = 0; i < n; i++) {
      factor[i] = Attenuation.of(marginals.get(i).atoms());
    }
    double[][] latent = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double r = i == j ? 1 : learned[i][j] / (factor[i] * factor[j]);
        latent[i][j] = Math.max(-0.999, Math.min(0.999, r));
      }
    }
    return of(key, latent);
  }

  /**
   * The copula of a correlation matrix of latent normals. Pairwise-learned correlations need not
   * form a valid matrix; such a matrix is shrunk towards the identity until it is positive
   * definite, which weakens every correlation by the same factor rather than dropping any.
   */
  public static Copula of(long key, double[][] correlation) {
    int n = correlation.length;
    for (double shrink = 0; shrink < 1; shrink += 0.05) {
      double[][] lower = cholesky(correlation, 1 - shrink);
      if (lower != null) {
        return new Copula(key, lower);
      }
    }
    return new Copula(key, cholesky(new double[n][n], 0));
  }

  public int size() {
    return lower.length;
  }

  /** The uniform in (0, 1) of column {@code index} in {@code row}. */
  public double uniform(long row, int index) {
    long rowKey = Seeds.combine(key, row);
    double z = 0;
    double[] weights = lower[index];
    for (int j = 0; j <= index; j++) {
      if (weights[j] != 0) {
        z += weights[j] * Normal.draw(Seeds.combine(rowKey, j));
      }
    }
    return Normal.cdf(z);
  }

  /** The Cholesky factor of the matrix with off-diagonals scaled by {@code factor}, or null. */
  private static double[][] cholesky(double[][] correlation, double factor) {
    int n = correlation.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double a = i == j ? 1 : correlation[i][j] * factor;
        double sum = a;
        for (int m = 0; m < j; m++) {
          sum -= l[i][m] * l[j][m];
        }
        if (i == j) {
          if (sum <= 1e-9) {
            return null;
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    return l;
  }
}
