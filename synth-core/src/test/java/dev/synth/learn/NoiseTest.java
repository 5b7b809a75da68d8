package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NoiseTest {
  private static final int DRAWS = 200_000;

  @Test
  void laplaceNoiseHasMeanZeroAndVarianceTwiceTheScaleSquared() {
    Noise noise = TestNoise.seeded(1);
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < DRAWS; i++) {
      double x = noise.laplace(3);
      sum += x;
      squares += x * x;
    }

    assertThat(sum / DRAWS).isCloseTo(0, within(0.05));
    assertThat(squares / DRAWS).isCloseTo(2 * 9, within(18 * 0.03));
  }

  @Test
  void geometricNoiseIsWholeWithTheDiscreteLaplaceVariance() {
    Noise noise = TestNoise.seeded(2);
    double alpha = Math.exp(-0.5 / 2);
    long sum = 0;
    double squares = 0;
    long zeros = 0;
    for (int i = 0; i < DRAWS; i++) {
      long z = noise.geometric(0.5, 2);
      sum += z;
      squares += (double) z * z;
      zeros += z == 0 ? 1 : 0;
    }
    double variance = 2 * alpha / ((1 - alpha) * (1 - alpha));

    assertThat(sum / (double) DRAWS).isCloseTo(0, within(0.05));
    assertThat(squares / DRAWS).isCloseTo(variance, within(variance * 0.03));
    assertThat(zeros / (double) DRAWS).isCloseTo((1 - alpha) / (1 + alpha), within(0.005));
  }

  @Test
  void theSilentTestNoiseAddsNothing() {
    assertThat(TestNoise.silent().geometric(0.01, 1)).isZero();
    assertThat(TestNoise.silent().laplace(100)).isZero();
  }

  @Test
  void aBinOfOneRowPassesTheStableThresholdAtMostWithProbabilityDelta() {
    double epsilon = 0.1;
    double delta = 1e-6;
    long bar = StableThreshold.of(epsilon, 1, delta, 10);
    double alpha = Math.exp(-epsilon);
    // P(1 + noise >= bar) = alpha^(bar - 1) / (1 + alpha)
    double passes = Math.pow(alpha, bar - 1) / (1 + alpha);
    double passesOneLower = Math.pow(alpha, bar - 2) / (1 + alpha);

    assertThat(bar).isEqualTo(133);
    assertThat(passes).isLessThanOrEqualTo(delta);
    assertThat(passesOneLower).isGreaterThan(delta);
  }

  @Test
  void theStableThresholdIsNeverBelowKAndUnreachableWithoutDelta() {
    assertThat(StableThreshold.of(50, 1, 0.01, 10)).isEqualTo(10);
    assertThat(StableThreshold.of(1, 1, 0, 10)).isEqualTo(Long.MAX_VALUE);
    assertThat(StableThreshold.of(1, 2, 1e-6, 1)).isGreaterThan(StableThreshold.of(1, 1, 1e-6, 1));
  }
}
