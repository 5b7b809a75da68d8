package dev.synth.profile;

/** The one check every share in a profile passes. */
final class Fractions {
  private Fractions() {}

  static void check(double fraction, String what) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException(what + " must be in [0, 1] but was " + fraction);
    }
  }
}
