package dev.synth.generate;

import dev.synth.schema.Column;
import java.util.Optional;

/** Intersects a column's bounds with a realistic range {@code [lo, hi]}. */
final class Narrowing {
  private Narrowing() {}

  /** The tighter bounds, or empty when the bounds and the range do not overlap. */
  static Optional<Bounds> narrow(Column column, Bounds bounds, Object lo, Object hi) {
    try {
      Bounds b = bounds;
      if (b.min() == null || compare(column, b.min(), lo) < 0) {
        b = b.withMin(lo, true);
      }
      if (b.max() == null || compare(column, b.max(), hi) > 0) {
        b = b.withMax(hi, true);
      }
      return compare(column, b.min(), b.max()) <= 0 ? Optional.of(b) : Optional.empty();
    } catch (IllegalArgumentException | ClassCastException e) {
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static int compare(Column column, Object a, Object b) {
    if (column.type().kind().isNumeric()) {
      return JavaValues.number(a).compareTo(JavaValues.number(b));
    }
    Comparable<Object> ca = (Comparable<Object>) TemporalValues.convert(column.type().kind(), a);
    return ca.compareTo(TemporalValues.convert(column.type().kind(), b));
  }
}
