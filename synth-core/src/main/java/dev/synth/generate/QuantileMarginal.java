package dev.synth.generate;

import dev.synth.schema.ColumnType;
import dev.synth.schema.TypeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Numbers and times drawn from learned quantiles by linear interpolation between neighbouring
 * points: a column that is 0 in 90% of rows has p0..p90 at 0 and keeps that mass exactly, a skewed
 * one keeps its long tail up to the clipped p99. Values are clamped to the column's checks and
 * type.
 */
final class QuantileMarginal implements Marginal {
  private final ColumnType type;
  private final double[] points;
  private final double lo;
  private final double hi;

  private QuantileMarginal(ColumnType type, double[] points, double lo, double hi) {
    this.type = type;
    this.points = points;
    this.lo = lo;
    this.hi = hi;
  }

  /**
   * @throws IllegalArgumentException when a point does not parse as the column's type
   */
  static QuantileMarginal of(ColumnType type, List<String> quantiles, Bounds bounds) {
    TypeKind kind = type.kind();
    double[] points = new double[quantiles.size()];
    for (int i = 0; i < points.length; i++) {
      // A point is a position on the line, not a value to write: a noisy profile's points may
      // fall between the type's steps (17.5 in an INTEGER column), so only the drawn value is
      // rounded to the type.
      points[i] = Units.of(kind, quantiles.get(i));
    }
    Bounds limits = TypeLimits.within(bounds, type);
    double step = Units.step(type);
    double lo = limits.min() == null ? Double.NEGATIVE_INFINITY : Units.of(kind, limits.min());
    double hi = limits.max() == null ? Double.POSITIVE_INFINITY : Units.of(kind, limits.max());
    lo += limits.min() != null && !limits.minInclusive() ? step : 0;
    hi -= limits.max() != null && !limits.maxInclusive() ? step : 0;
    return new QuantileMarginal(type, points, lo, hi);
  }

  @Override
  public Object at(double u, Cell cell) {
    double x = u * (points.length - 1);
    int i = Math.min((int) x, points.length - 2);
    double v = points[i] + (x - i) * (points[i + 1] - points[i]);
    return value(Math.max(lo, Math.min(hi, v)));
  }

  @Override
  public List<Atom> atoms() {
    List<Atom> atoms = new java.util.ArrayList<>();
    int last = points.length - 1;
    for (int i = 0; i < last; i++) {
      int j = i;
      while (j < last && points[j + 1] == points[i]) {
        j++;
      }
      if (j > i) {
        atoms.add(new Atom((double) i / last, (double) j / last));
        i = j;
      }
    }
    return atoms;
  }

  private Object value(double v) {
    TypeKind kind = type.kind();
    if (kind.isTemporal()) {
      return TemporalValues.fromUnits(kind, Math.round(v));
    }
    if (kind.isInteger()) {
      return JavaValues.convert(type, Math.round(v));
    }
    if (kind == TypeKind.DECIMAL) {
      BigDecimal d = BigDecimal.valueOf(v).setScale(JavaValues.scale(type), RoundingMode.HALF_UP);
      return JavaValues.convert(type, d);
    }
    return JavaValues.convert(type, v);
  }
}
