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
 * depends on the day it is generated; bounds move or narrow the window.
 */
final class TemporalGenerators {
  static final LocalDate WINDOW_START = LocalDate.of(2015, 1, 1);
  static final LocalDate WINDOW_END = LocalDate.of(2025, 12, 31);
  private static final long WINDOW_DAYS = 3652;

  private TemporalGenerators() {}

  static GeneratorChoice temporal(Column column, Bounds bounds) {
    TypeKind kind = column.type().kind();
    UnitRange r = units(column, bounds);
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

  /** The allowed values in units: the window, moved or narrowed by the bounds. */
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
