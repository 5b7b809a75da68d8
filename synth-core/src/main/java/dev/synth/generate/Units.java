package dev.synth.generate;

import dev.synth.schema.ColumnType;
import dev.synth.schema.TypeKind;
import java.time.temporal.Temporal;

/** Numbers and times as positions on a line of doubles, for interpolation and clamping. */
final class Units {
  private Units() {}

  /** A number as itself; a time in epoch days (DATE) or seconds. */
  static double of(TypeKind kind, Object value) {
    if (kind.isTemporal()) {
      Temporal t = value instanceof Temporal tv ? tv : TemporalValues.convert(kind, value);
      return TemporalValues.floorUnits(kind, t);
    }
    return JavaValues.number(value).doubleValue();
  }

  /** The smallest step between two values of the type: 1 for integers and times, else its scale. */
  static double step(ColumnType type) {
    TypeKind kind = type.kind();
    if (kind.isInteger() || kind.isTemporal()) {
      return 1;
    }
    return kind == TypeKind.DECIMAL ? Math.pow(10, -JavaValues.scale(type)) : 1e-9;
  }
}
