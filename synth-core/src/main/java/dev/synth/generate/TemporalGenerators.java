package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.TypeKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates and times inside a fixed reference window, 2015-01-01 to 2025-12-31, so that data never
 * depends on the day it is generated. A check's bounds narrow the window where they overlap it and
 * move it where they do not: a validity range such as MySQL's TIMESTAMP 1970..2038 or {@code d
 * BETWEEN '1900-01-01' AND '2100-12-31'} leaves the window as it is. A user's {@code min}/{@code
 * max} rule, and unique values, span the bounds themselves.
 */
final class TemporalGenerators {
  static final LocalDate WINDOW_START = LocalDate.of(2015, 1, 1);
  static final LocalDate WINDOW_END = LocalDate.of(2025, 12, 31);
  private static final long WINDOW_DAYS = 3652;

  private TemporalGenerators() {}

  /** Values within the window, narrowed or moved by a check's bounds. */
  static GeneratorChoice temporal(Column column, Bounds bounds) {
    return choice(column, bounds, windowWithin(column, bounds));
  }

  /** Values across the bounds themselves, e.g. a user's {@code min}/{@code max} rule. */
  static GeneratorChoice spanning(Column column, Bounds bounds) {
    return choice(column, bounds, units(column, bounds));
  }

  /** Whether the bounds allow every value of the window, leaving it as it is. */
  static boolean containsWindow(Column column, Bounds bounds) {
    if (!bounds.allowed().isEmpty() || !bounds.excluded().isEmpty()) {
      return false;
    }
    UnitRange all = units(column, Bounds.NONE);
    UnitRange within = windowWithin(column, bounds);
    return within.lo() == all.lo() && within.hi() == all.hi();
  }

  private static GeneratorChoice choice(Column column, Bounds bounds, UnitRange r) {
    TypeKind kind = column.type().kind();
    String desc =
        kind
            + " in ["
            + TemporalValues.fromUnits(kind, r.lo())
            + ", "
            + TemporalValues.fromUnits(kind, r.hi())
            + "]"
            + NumberGenerators.excluding(bounds);
    return new GeneratorChoice(desc, cell -> TemporalValues.fromUnits(kind, r.pick(cell)));
  }

  /**
   * The window narrowed to the bounds where they overlap it; where they do not, the range the
   * bounds allow next to it, as {@link #units} gives.
   */
  static UnitRange windowWithin(Column column, Bounds bounds) {
    UnitRange spanned = units(column, bounds);
    long[] window = window(column.type().kind());
    long lo = Math.max(spanned.lo(), window[0]);
    long hi = Math.min(spanned.hi(), window[1]);
    if (lo > hi) {
      return spanned;
    }
    UnitRange narrowed = UnitRange.of(lo, hi, spanned.skipped());
    return narrowed != null ? narrowed : spanned;
  }

  /**
   * The allowed values in units: the bounds, with the window standing in for a missing bound (and
   * moved next to a bound that lies beyond it).
   */
  static UnitRange units(Column column, Bounds bounds) {
    TypeKind kind = column.type().kind();
    long[] window = window(kind);
    Long min = bounds.min() == null ? null : bound(column, bounds, bounds.min(), true);
    Long max = bounds.max() == null ? null : bound(column, bounds, bounds.max(), false);
    long span =
        kind == TypeKind.TIME || kind == TypeKind.TIME_TZ
            ? window[1]
            : WINDOW_DAYS * TemporalValues.unitsPerDay(kind);
    long lo = min != null ? min : max != null && max < window[0] ? max - span : window[0];
    long hi = max != null ? max : lo > window[1] ? lo + span : window[1];
    List<Long> skipped = new ArrayList<>();
    for (Object e : bounds.excluded()) {
      Temporal t = (Temporal) JavaValues.convert(column, e);
      if (!TemporalValues.hasFraction(kind, t)) {
        skipped.add(TemporalValues.floorUnits(kind, t));
      }
    }
    UnitRange r = UnitRange.of(lo, hi, skipped);
    if (r == null) {
      throw Impossible.bounds(column, bounds, "no " + kind + " value is left");
    }
    return r;
  }

  private static long[] window(TypeKind kind) {
    return switch (kind) {
      case DATE -> new long[] {WINDOW_START.toEpochDay(), WINDOW_END.toEpochDay()};
      case TIME, TIME_TZ -> new long[] {0, 86_399};
      default ->
          new long[] {
            TemporalValues.floorUnits(TypeKind.TIMESTAMP, WINDOW_START.atStartOfDay()),
            TemporalValues.floorUnits(
                TypeKind.TIMESTAMP,
                LocalDateTime.of(WINDOW_END, java.time.LocalTime.of(23, 59, 59)))
          };
    };
  }

  private static long bound(Column column, Bounds bounds, Object value, boolean lower) {
    TypeKind kind = column.type().kind();
    Temporal t;
    try {
      t = (Temporal) JavaValues.convert(column, value);
    } catch (IllegalArgumentException e) {
      throw Impossible.bounds(column, bounds, "bound '" + value + "' is not a " + kind);
    }
    long floor = TemporalValues.floorUnits(kind, t);
    boolean fraction = TemporalValues.hasFraction(kind, t);
    boolean inclusive = lower ? bounds.minInclusive() : bounds.maxInclusive();
    if (lower) {
      return inclusive && !fraction ? floor : floor + 1;
    }
    return inclusive || fraction ? floor : floor - 1;
  }
}
