package dev.synth.evaluate;

import java.util.Arrays;

/**
 * The cumulative distribution a column's 101 quantile points describe, with NULL as one more value
 * ordered before every other: {@code F(x) = nullFraction + (1 - nullFraction) * G(x)}. G is a step
 * function of the non-null values: when k of the points are at most x, the share of values at most
 * x lies between (k - 1) / 100 and k / 100, and G takes the middle, (k - 0.5) / 100, capped at 1.
 * Equal points make one step (a value held by many rows, as in a zero-inflated column, is one
 * jump); the function is right-continuous, like every CDF. Its resolution is that of the points,
 * about 0.01: a uniform column shifted by half its range compares at 0.5 +- 0.015, and the same
 * points on both sides at exactly 1.
 *
 * <p>Folding NULL in makes a column that is NULL more often than in the reference score lower,
 * which a comparison of the non-null values alone would miss; with equal null fractions it leaves
 * the KS statistic of the non-null values scaled by the non-null share.
 */
final class StepCdf {
  private static final double STEPS = 100;

  private final double[] points;
  private final double nullFraction;

  /**
   * @param points ascending quantile points p0..p100, or none when no value is non-null
   */
  StepCdf(double[] points, double nullFraction) {
    this.points = points.clone();
    this.nullFraction = nullFraction;
  }

  double at(double x) {
    return nullFraction + (1 - nullFraction) * nonNull(x);
  }

  private double nonNull(double x) {
    if (points.length == 0) {
      return 1;
    }
    int below = upperBound(x);
    return below == 0 ? 0 : Math.min(1, (below - 0.5) / STEPS);
  }

  /** How many points are at most {@code x}. */
  private int upperBound(double x) {
    int lo = 0;
    int hi = points.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (points[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The Kolmogorov-Smirnov statistic: the largest gap between the two CDFs. Both are step functions
   * that change only at their points, so the gap is largest below every point (the NULL shares) or
   * at a point of either side.
   */
  static double ks(StepCdf a, StepCdf b) {
    double gap = Math.abs(a.nullFraction - b.nullFraction);
    double[] all = new double[a.points.length + b.points.length];
    System.arraycopy(a.points, 0, all, 0, a.points.length);
    System.arraycopy(b.points, 0, all, a.points.length, b.points.length);
    Arrays.sort(all);
    for (double x : all) {
      gap = Math.max(gap, Math.abs(a.at(x) - b.at(x)));
    }
    return gap;
  }
}
