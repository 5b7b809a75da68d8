package dev.synth.learn;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Turns a column's values into normal scores: each value's average rank r among the n values (ties
 * share the mean of their ranks) becomes the standard normal quantile of r / (n + 1). The scores
 * keep only the order of the values, so the Pearson correlation of two columns' scores is the
 * correlation of a Gaussian copula, whatever the columns' marginals.
 */
final class NormalScores {
  // Acklam's rational approximations of the inverse normal CDF, relative error below 1.15e-9.
  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };
  private static final double LOW = 0.02425;

  private NormalScores() {}

  /**
   * The normal scores of {@code values}; a NaN (a NULL in the sample) stays NaN and is not ranked.
   */
  static double[] of(double[] values) {
    Integer[] order =
        java.util.stream.IntStream.range(0, values.length)
            .filter(i -> !Double.isNaN(values[i]))
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] scores = new double[values.length];
    Arrays.fill(scores, Double.NaN);
    int n = order.length;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      double averageRank = (start + end) / 2.0 + 1;
      double score = inverseCdf(averageRank / (n + 1));
      for (int i = start; i <= end; i++) {
        scores[order[i]] = score;
      }
      start = end + 1;
    }
    return scores;
  }

  /** The standard normal quantile of {@code p}, for 0 &lt; p &lt; 1. */
  static double inverseCdf(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be strictly between 0 and 1 but was " + p);
    }
    if (p < LOW) {
      double q = Math.sqrt(-2 * Math.log(p));
      return tail(q);
    }
    if (p > 1 - LOW) {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      return -tail(q);
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
        * q
        / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }

  private static double tail(double q) {
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
        / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
}
