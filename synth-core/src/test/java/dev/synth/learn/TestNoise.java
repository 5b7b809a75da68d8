package dev.synth.learn;

import java.util.SplittableRandom;

/** Noise sources for tests: a seeded one, and a silent one that adds exactly nothing. */
final class TestNoise {
  private TestNoise() {}

  static Noise seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return random::nextDouble;
  }

  /** Adds exactly {@code shift} to every count (geometric noise); other noise is 0. */
  static Noise shifting(long shift) {
    return new Noise() {
      @Override
      public double uniform() {
        return 0.5;
      }

      @Override
      public long geometric(double epsilon, double sensitivity) {
        return shift;
      }
    };
  }

  /** Every draw is the median, so every geometric and Laplace noise is exactly 0. */
  static Noise silent() {
    return () -> 0.5;
  }
}
