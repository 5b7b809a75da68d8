package dev.synth.evaluate;

/** The one check every share and similarity in a comparison passes. */
final class Shares {
  private Shares() {}

  static void check(double share, String what) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(what + " must be in [0, 1] but was " + share);
    }
  }

  /** Keeps rounding error from pushing a computed similarity out of [0, 1]. */
  static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }
}
