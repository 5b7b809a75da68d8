package dev.synth.generate;

import dev.synth.schema.ColumnType;
import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * The range a column's type itself allows, as {@link Bounds}: a TINYINT stops at 127, a
 * DECIMAL(4,2) at 99.99, a TIME at 23:59:59. Used where a value is computed from another column
 * rather than drawn, so it cannot leave its type.
 *
 * <pre>{@code
 * Bounds b = TypeLimits.within(checkBounds, column.type());
 * }</pre>
 */
public final class TypeLimits {
  private TypeLimits() {}

  /** {@code bounds} narrowed to what the type can hold. */
  public static Bounds within(Bounds bounds, ColumnType type) {
    Object lo = null;
    Object hi = null;
    switch (type.kind()) {
      case TINYINT -> {
        lo = BigDecimal.valueOf(Byte.MIN_VALUE);
        hi = BigDecimal.valueOf(Byte.MAX_VALUE);
      }
      case SMALLINT -> {
        lo = BigDecimal.valueOf(Short.MIN_VALUE);
        hi = BigDecimal.valueOf(Short.MAX_VALUE);
      }
      case INTEGER -> {
        lo = BigDecimal.valueOf(Integer.MIN_VALUE);
        hi = BigDecimal.valueOf(Integer.MAX_VALUE);
      }
      case DECIMAL -> {
        int scale = JavaValues.scale(type);
        BigDecimal max =
            BigDecimal.TEN
                .pow(JavaValues.precision(type) - scale)
                .subtract(BigDecimal.ONE.movePointLeft(scale));
        lo = max.negate();
        hi = max;
      }
      case TIME -> {
        lo = LocalTime.MIN;
        hi = LocalTime.of(23, 59, 59);
      }
      default -> {
        return bounds;
      }
    }
    Bounds out = bounds;
    if (out.min() == null || Relations.holds(out.min(), dev.synth.schema.Condition.Op.LT, lo)) {
      out = out.withMin(lo, true);
    }
    if (out.max() == null || Relations.holds(out.max(), dev.synth.schema.Condition.Op.GT, hi)) {
      out = out.withMax(hi, true);
    }
    return out;
  }
}
