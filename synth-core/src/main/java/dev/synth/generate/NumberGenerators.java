package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.TypeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Integers, decimals and floating-point numbers within a column's type and bounds. */
final class NumberGenerators {
  private static final double DEFAULT_FLOAT_SPAN = 1_000_000;

  /** Default width of a free numeric range, in whole units. */
  private static final long PLAUSIBLE_SPAN = 10_000;

  private NumberGenerators() {}

  static GeneratorChoice integer(Column column, Bounds bounds) {
    UnitRange r = plausible(units(column, bounds), bounds, PLAUSIBLE_SPAN);
    TypeKind kind = column.type().kind();
    String desc = kind + " in [" + r.lo() + ", " + r.hi() + "]" + excluding(bounds);
    return kind == TypeKind.BIGINT
        ? new GeneratorChoice(desc, r::pick)
        : new GeneratorChoice(desc, cell -> (int) r.pick(cell));
  }

  static GeneratorChoice decimal(Column column, Bounds bounds) {
    int scale = JavaValues.scale(column.type());
    long span = PLAUSIBLE_SPAN * (scale < 18 ? BigDecimal.TEN.pow(scale).longValue() : 1);
    UnitRange r = plausible(units(column, bounds), bounds, span);
    String desc =
        column.type()
            + " in ["
            + BigDecimal.valueOf(r.lo(), scale)
            + ", "
            + BigDecimal.valueOf(r.hi(), scale)
            + "]"
            + excluding(bounds);
    return new GeneratorChoice(desc, cell -> BigDecimal.valueOf(r.pick(cell), scale));
  }

  /**
   * Free values stay within a span people expect to see ({@code 0..10000} rather than anywhere in
   * an INTEGER), on whichever side no bound was given; explicit bounds are never narrowed.
   */
  private static UnitRange plausible(UnitRange r, Bounds bounds, long span) {
    long width = r.hi() - r.lo();
    if (width >= 0 && width <= span) {
      return r;
    }
    long lo = r.lo();
    long hi = r.hi();
    if (bounds.min() == null && bounds.max() == null) {
      lo = Math.max(lo, 0);
      hi = Math.min(hi, lo + span);
    } else if (bounds.max() == null) {
      hi = lo + span;
    } else if (bounds.min() == null) {
      lo = hi - span;
    } else {
      return r;
    }
    UnitRange narrowed = UnitRange.of(lo, hi, r.skipped());
    return narrowed == null ? r : narrowed;
  }

  /**
   * The allowed values of an integer or decimal column as whole units of its scale (unscaled
   * values), intersected with the bounds.
   */
  static UnitRange units(Column column, Bounds bounds) {
    ColumnType type = column.type();
    int scale = type.kind() == TypeKind.DECIMAL ? JavaValues.scale(type) : 0;
    long typeHi = typeMax(type);
    long lo = type.kind() == TypeKind.DECIMAL ? -typeHi : typeMin(type.kind());
    long hi = typeHi;
    if (bounds.min() != null) {
      BigDecimal m = shift(bounds.min(), scale);
      BigDecimal u = bounds.minInclusive() ? ceil(m) : floor(m).add(BigDecimal.ONE);
      lo = u.compareTo(BigDecimal.valueOf(lo)) > 0 ? clamp(u) : lo;
    }
    if (bounds.max() != null) {
      BigDecimal m = shift(bounds.max(), scale);
      BigDecimal u = bounds.maxInclusive() ? floor(m) : ceil(m).subtract(BigDecimal.ONE);
      hi = u.compareTo(BigDecimal.valueOf(hi)) < 0 ? clamp(u) : hi;
    }
    UnitRange r = UnitRange.of(lo, hi, skippedUnits(bounds.excluded(), scale));
    if (r == null) {
      throw Impossible.bounds(column, bounds, "no " + type + " value is left");
    }
    return r;
  }

  static GeneratorChoice floating(Column column, Bounds bounds) {
    boolean real = column.type().kind() == TypeKind.REAL;
    double lo = bounds.min() == null ? Double.NaN : JavaValues.number(bounds.min()).doubleValue();
    double hi = bounds.max() == null ? Double.NaN : JavaValues.number(bounds.max()).doubleValue();
    if (Double.isNaN(lo)) {
      lo = Double.isNaN(hi) ? -DEFAULT_FLOAT_SPAN : hi - DEFAULT_FLOAT_SPAN;
    }
    if (Double.isNaN(hi)) {
      hi = lo + DEFAULT_FLOAT_SPAN;
    }
    if (lo > hi || (lo == hi && !(bounds.minInclusive() && bounds.maxInclusive()))) {
      throw Impossible.bounds(column, bounds, "the range is empty");
    }
    FloatRange range = new FloatRange(lo, hi, bounds, real);
    String desc =
        column.type().kind()
            + " in "
            + (bounds.minInclusive() ? "[" : "(")
            + lo
            + ", "
            + hi
            + (bounds.maxInclusive() ? "]" : ")")
            + excluding(bounds);
    return new GeneratorChoice(desc, range::pick);
  }

  static String excluding(Bounds bounds) {
    return bounds.excluded().isEmpty() ? "" : " except " + bounds.excluded();
  }

  private static List<Long> skippedUnits(List<Object> excluded, int scale) {
    List<Long> units = new ArrayList<>();
    for (Object e : excluded) {
      BigDecimal u = shift(e, scale);
      if (u.stripTrailingZeros().scale() <= 0
          && u.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
        units.add(u.longValue());
      }
    }
    return units;
  }

  private static BigDecimal shift(Object value, int scale) {
    return JavaValues.number(value).movePointRight(scale);
  }

  private static BigDecimal ceil(BigDecimal d) {
    return d.setScale(0, RoundingMode.CEILING);
  }

  private static BigDecimal floor(BigDecimal d) {
    return d.setScale(0, RoundingMode.FLOOR);
  }

  private static long clamp(BigDecimal d) {
    return d.max(BigDecimal.valueOf(Long.MIN_VALUE))
        .min(BigDecimal.valueOf(Long.MAX_VALUE))
        .longValue();
  }

  private static long typeMin(TypeKind kind) {
    return switch (kind) {
      case TINYINT -> Byte.MIN_VALUE;
      case SMALLINT -> Short.MIN_VALUE;
      case INTEGER -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
  }

  private static long typeMax(ColumnType type) {
    return switch (type.kind()) {
      case TINYINT -> Byte.MAX_VALUE;
      case SMALLINT -> Short.MAX_VALUE;
      case INTEGER -> Integer.MAX_VALUE;
      case BIGINT -> Long.MAX_VALUE;
      // Unscaled values up to 18 digits fit a long; wider decimals use only that much.
      default -> BigDecimal.TEN.pow(Math.min(JavaValues.precision(type), 18)).longValue() - 1;
    };
  }
}
