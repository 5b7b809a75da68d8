package dev.synth.evaluate;

import dev.synth.profile.Correlation;
import java.util.List;

/**
 * The mean absolute difference between two tables' correlations, over the reference's pairs. A pair
 * the synthetic side has no correlation for (a column constant there, or too few complete rows)
 * counts as 0 there: no dependence was reproduced. Pairs only the synthetic side has are left out,
 * as the reference says nothing of them.
 */
final class CorrelationGap {
  private CorrelationGap() {}

  /** The gap, NaN when the reference has no pair. */
  static double mad(List<Correlation> reference, List<Correlation> synthetic) {
    if (reference.isEmpty()) {
      return Double.NaN;
    }
    double sum = 0;
    for (Correlation r : reference) {
      sum += Math.abs(r.rho() - rhoOf(synthetic, r.a(), r.b()));
    }
    return sum / reference.size();
  }

  private static double rhoOf(List<Correlation> pairs, String a, String b) {
    for (Correlation c : pairs) {
      if ((c.a().equals(a) && c.b().equals(b)) || (c.a().equals(b) && c.b().equals(a))) {
        return c.rho();
      }
    }
    return 0;
  }
}
