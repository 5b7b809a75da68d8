package dev.synth.generate;

import dev.synth.schema.Condition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * Makes a column respect a CHECK that compares it with another column of the same row ({@code
 * end_date > start_date}): the value is kept when it already holds, else moved just past the other
 * column's value.
 *
 * <pre>{@code
 * ValueGenerator end = Relations.constrain(anyDate, Condition.Op.GT, "START_DATE");
 * }</pre>
 */
public final class Relations {
  private Relations() {}

  /**
   * A generator whose values satisfy {@code value op row[other]} whenever the other is set, staying
   * within the column's own {@code bounds} where they leave room.
   */
  public static ValueGenerator constrain(
      ValueGenerator base, Condition.Op op, String other, Bounds bounds) {
    return cell -> {
      Object that = cell.value(other);
      Object value = base.next(cell);
      if (that == null || value == null || holds(value, op, that)) {
        return value;
      }
      Object moved = moved(that, op, 1 + cell.nextInt(30));
      boolean down = op == Condition.Op.LT || op == Condition.Op.LE;
      Object limit = down ? bounds.min() : bounds.max();
      boolean inclusive = down ? bounds.minInclusive() : bounds.maxInclusive();
      return limit == null ? moved : inside(moved, limit, inclusive, op, that);
    };
  }

  /** {@code moved}, or the bound itself when moving went past it and the bound still holds. */
  private static Object inside(
      Object moved, Object limit, boolean inclusive, Condition.Op op, Object that) {
    boolean up = op == Condition.Op.GT || op == Condition.Op.GE || op == Condition.Op.NE;
    Object bound = like(that, limit);
    if (bound == null || bound.getClass() != moved.getClass()) {
      return moved;
    }
    if (!inclusive) {
      bound = moved(bound, up ? Condition.Op.LT : Condition.Op.GT, 1);
    }
    // Past the bound, or wrapped around (a TIME past midnight): the bound itself, if it holds.
    boolean beyond =
        up ? holds(moved, Condition.Op.GT, bound) : holds(moved, Condition.Op.LT, bound);
    if (!beyond && holds(moved, op, that)) {
      return moved;
    }
    return holds(bound, op, that) ? bound : moved;
  }

  /** A bound (a number or a {@code java.time} value) as the Java class of a column's values. */
  private static Object like(Object sample, Object bound) {
    if (bound.getClass() == sample.getClass()) {
      return bound;
    }
    if (bound instanceof BigDecimal d) {
      if (sample instanceof Integer) {
        return d.setScale(0, java.math.RoundingMode.FLOOR).intValue();
      }
      if (sample instanceof Long) {
        return d.setScale(0, java.math.RoundingMode.FLOOR).longValue();
      }
      if (sample instanceof BigDecimal s) {
        return d.setScale(s.scale(), java.math.RoundingMode.FLOOR);
      }
    }
    if (bound instanceof LocalDate d && sample instanceof LocalDateTime) {
      return d.atStartOfDay();
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static boolean holds(Object value, Condition.Op op, Object that) {
    if (!(value instanceof Comparable c) || value.getClass() != that.getClass()) {
      return false;
    }
    int cmp = c.compareTo(that);
    return switch (op) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
    };
  }

  /** {@code that} moved {@code steps} units in the direction the operator asks for. */
  private static Object moved(Object that, Condition.Op op, int steps) {
    int sign =
        switch (op) {
          case GT, GE, NE -> 1;
          case LT, LE -> -1;
          case EQ -> 0;
        };
    long d = (long) sign * steps;
    if (that instanceof Integer i) {
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i + d));
    }
    if (that instanceof Long l) {
      return l + d;
    }
    if (that instanceof BigDecimal b) {
      return b.add(BigDecimal.valueOf(d));
    }
    if (that instanceof Double x) {
      return x + d;
    }
    if (that instanceof Float x) {
      return x + d;
    }
    if (that instanceof LocalDate x) {
      return x.plusDays(d);
    }
    if (that instanceof LocalDateTime x) {
      return x.plusHours(d);
    }
    if (that instanceof OffsetDateTime x) {
      return x.plusHours(d);
    }
    if (that instanceof LocalTime x) {
      return x.plusMinutes(d);
    }
    return that;
  }
}
