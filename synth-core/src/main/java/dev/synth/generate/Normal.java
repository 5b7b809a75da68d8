package dev.synth.generate;

/** The standard normal distribution: its CDF, and draws from a hash. */
final class Normal {
  // Numerical Recipes' erfcc polynomial, highest power last; fractional error below 1.2e-7.
  private static final double[] ERFC = {
    -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806,
    0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277
  };

  private Normal() {}

  /** Φ(z), accurate enough to turn a score into a quantile position. */
  static double cdf(double z) {
    double x = Math.abs(z) / Math.sqrt(2);
    double t = 1 / (1 + 0.5 * x);
    double poly = 0;
    for (int i = ERFC.length - 1; i >= 0; i--) {
      poly = poly * t + ERFC[i];
    }
    double upper = t * Math.exp(-x * x + poly) / 2;
    return z >= 0 ? 1 - upper : upper;
  }

  /** A standard normal draw determined by {@code hash} (Box–Muller on two derived uniforms). */
  static double draw(long hash) {
    double u1 = ((Seeds.mix(hash) >>> 11) + 1) * 0x1.0p-53;
    double u2 = (Seeds.combine(hash, 1) >>> 11) * 0x1.0p-53;
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
