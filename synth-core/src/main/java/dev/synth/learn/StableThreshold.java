package dev.synth.learn;

/**
 * The smallest noisy count at which a bin that only the data can name (a text value, a quantile
 * bin, a fan-out bucket) may be released: a row added to a neighbouring source may create such a
 * bin with a count of one, and that bin must pass with probability at most delta, so that whether
 * it exists stays hidden. With two-sided geometric noise of parameter {@code a = exp(-epsilon /
 * sensitivity)}, {@code P(noise >= m) = a^m / (1 + a)}, so the bar is {@code 1 + m} for the
 * smallest such m; and never below k.
 *
 * <pre>{@code
 * long bar = StableThreshold.of(0.1, 1, 1e-6, 10);   // 133
 * }</pre>
 */
final class StableThreshold {
  private StableThreshold() {}

  /** The bar, or {@link Long#MAX_VALUE} (nothing passes) when {@code delta} is 0. */
  static long of(double epsilon, double sensitivity, double delta, int k) {
    if (delta <= 0) {
      return Long.MAX_VALUE;
    }
    double alpha = Math.exp(-epsilon / sensitivity);
    double m = Math.ceil(Math.log(delta * (1 + alpha)) / Math.log(alpha));
    if (!(m < Long.MAX_VALUE / 2)) {
      return Long.MAX_VALUE;
    }
    return Math.max(k, 1 + Math.max(1, (long) m));
  }

  /** How the profile names a release above this bar. */
  static String mechanism(long bar) {
    return bar == Long.MAX_VALUE ? "geometric, none passed delta 0" : "geometric, threshold " + bar;
  }
}
