package dev.synth.plan;

import dev.synth.generate.Bounds;
import dev.synth.generate.JavaValues;
import dev.synth.schema.TypeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When an integer key can simply be numbered 1, 2, 3... and how far: its checks must admit 1 and
 * list no allowed or excluded values, and the type and any upper bound set the last key.
 *
 * <pre>{@code
 * KeySequences.admits(bounds);                  // true for "id > 0" or no check at all
 * KeySequences.limit(TypeKind.SMALLINT, bounds); // 32767, or the check's maximum if lower
 * }</pre>
 */
final class KeySequences {
  private KeySequences() {}

  // A range that starts at or below 1, like an unsigned type's, still takes keys 1, 2, 3...: a
  // MySQL AUTO_INCREMENT column must not get 0, which it reads as "generate one".
  static boolean admits(Bounds b) {
    if (!b.allowed().isEmpty() || !b.excluded().isEmpty()) {
      return false;
    }
    if (b.min() == null) {
      return true;
    }
    int vsOne = JavaValues.number(b.min()).compareTo(BigDecimal.ONE);
    return b.minInclusive() ? vsOne <= 0 : vsOne < 0;
  }

  /** The largest key the type and the bounds allow. */
  static long limit(TypeKind kind, Bounds b) {
    long limit = maxOf(kind);
    if (b.max() == null) {
      return limit;
    }
    BigDecimal max = JavaValues.number(b.max()).setScale(0, RoundingMode.FLOOR);
    if (!b.maxInclusive() && max.compareTo(JavaValues.number(b.max())) == 0) {
      max = max.subtract(BigDecimal.ONE);
    }
    return max.compareTo(BigDecimal.valueOf(limit)) < 0 ? max.longValue() : limit;
  }

  private static long maxOf(TypeKind kind) {
    return switch (kind) {
      case TINYINT -> Byte.MAX_VALUE;
      case SMALLINT -> Short.MAX_VALUE;
      case INTEGER -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
  }
}
