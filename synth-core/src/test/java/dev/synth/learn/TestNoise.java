package dev.synth.learn;

import java.util.SplittableRandom;

/** Noise sources for tests: a seeded one, and a silent one that adds exactly nothing. */
final class TestNoise {
  private TestNoise() {}

  static Noise seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return random::nextDouble;
  }

  /** Every draw is the median, so every geometric and Laplace noise is exactly 0. */
  static Noise silent() {
    return () -> 0.5;
  }
}
