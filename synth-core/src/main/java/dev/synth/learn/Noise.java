package dev.synth.learn;

import java.security.SecureRandom;

/**
 * The randomness differential-privacy noise is drawn from. A profile's noise must not be
 * predictable, or whoever knows the source of the randomness could subtract it; so it comes from
 * {@link SecureRandom}, not from a seed. This is not the generated-data rule (every generated value
 * derives from the seed): a profile is not generated data, and it is written once and reviewed, not
 * regenerated. Tests pass a seeded source to assert exact behaviour.
 */
interface Noise {
  /** A uniform double in [0, 1). */
  double uniform();

  /** Noise from the platform's strong random source. */
  static Noise secure() {
    SecureRandom random = new SecureRandom();
    return random::nextDouble;
  }

  /**
   * Two-sided geometric noise (the discrete Laplace distribution): P(z) is proportional to
   * exp(-epsilon |z| / sensitivity), so a count of that sensitivity plus this noise is
   * epsilon-differentially private, and stays a whole number.
   */
  default long geometric(double epsilon, double sensitivity) {
    double alpha = Math.exp(-epsilon / sensitivity);
    return failures(alpha) - failures(alpha);
  }

  /** Laplace noise of scale {@code b}: the difference of two exponentials of mean b. */
  default double laplace(double b) {
    return b * (Math.log(1 - uniform()) - Math.log(1 - uniform()));
  }

  /** Failures before the first success when each trial fails with probability {@code alpha}. */
  private long failures(double alpha) {
    // P(floor(ln U / ln alpha) >= m) = P(U <= alpha^m) = alpha^m, U uniform in (0, 1].
    return (long) Math.floor(Math.log(1 - uniform()) / Math.log(alpha));
  }
}
