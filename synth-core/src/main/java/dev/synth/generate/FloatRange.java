package dev.synth.generate;

import java.util.Set;
import java.util.stream.Collectors;

/** A REAL or DOUBLE range that honours exclusive ends and excluded values after rounding. */
final class FloatRange {
  private final double lo;
  private final double hi;
  private final Bounds bounds;
  private final boolean real;
  private final Set<Double> excluded;

  FloatRange(double lo, double hi, Bounds bounds, boolean real) {
    this.lo = lo;
    this.hi = hi;
    this.bounds = bounds;
    this.real = real;
    this.excluded =
        bounds.excluded().stream()
            .map(e -> JavaValues.number(e).doubleValue())
            .collect(Collectors.toUnmodifiableSet());
  }

  Object pick(Cell cell) {
    for (int attempt = 0; attempt < 64; attempt++) {
      double v = lo + (hi - lo) * cell.nextDouble();
      double rounded = real ? (double) (float) v : v;
      if (fits(rounded)) {
        return real ? (Object) (float) rounded : (Object) rounded;
      }
    }
    // Only reachable for ranges a few ulps wide: fall back to an end that is allowed.
    double end = bounds.minInclusive() && fits(lo) ? lo : hi;
    return real ? (Object) (float) end : (Object) end;
  }

  private boolean fits(double v) {
    boolean aboveMin = bounds.minInclusive() ? v >= lo : v > lo;
    boolean belowMax = bounds.maxInclusive() ? v <= hi : v < hi;
    return aboveMin && belowMax && !excluded.contains(v);
  }
}
