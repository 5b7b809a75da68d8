package dev.synth.generate;

import java.util.List;

/**
 * How much ties weaken a rank correlation: the correlation between a standard normal Z and the
 * normal score that Z's value gets once the column's {@link Marginal.Atom atoms} tie it (the mean
 * position of its tie). Two columns whose latent normals correlate by r show about r · a · b on
 * their scores, so a copula aiming at a learned score correlation must use the learned value over
 * {@code a · b}.
 */
final class Attenuation {
  private static final int GRID = 2000;

  private Attenuation() {}

  static double of(List<Marginal.Atom> atoms) {
    if (atoms.isEmpty()) {
      return 1;
    }
    double zz = 0;
    double ss = 0;
    double zs = 0;
    for (int k = 0; k < GRID; k++) {
      double u = (k + 0.5) / GRID;
      double z = quantile(u);
      double s = z;
      for (Marginal.Atom atom : atoms) {
        if (u >= atom.from() && u < atom.to()) {
          s = quantile((atom.from() + atom.to()) / 2);
          break;
        }
      }
      zz += z * z;
      ss += s * s;
      zs += z * s;
    }
    return ss == 0 ? 1 : zs / Math.sqrt(zz * ss);
  }

  /** Φ⁻¹(u) by bisection on {@link Normal#cdf}: exact enough, and only at plan time. */
  static double quantile(double u) {
    double lo = -9;
    double hi = 9;
    for (int i = 0; i < 60; i++) {
      double mid = (lo + hi) / 2;
      if (Normal.cdf(mid) < u) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }
}
