package dev.synth.generate;

import dev.synth.schema.Column;

/** Builds the error for bounds no value of a column's type can satisfy. */
final class Impossible {
  private Impossible() {}

  static IllegalArgumentException bounds(Column column, Bounds bounds, String why) {
    return new IllegalArgumentException(
        "cannot generate column "
            + column.name()
            + " "
            + column.type()
            + " within "
            + describe(bounds)
            + ": "
            + why
            + "; relax the CHECK constraint or the configured range");
  }

  static String describe(Bounds b) {
    if (b.isNone()) {
      return "no bounds";
    }
    StringBuilder s = new StringBuilder("bounds");
    if (b.min() != null) {
      s.append(b.minInclusive() ? " >= " : " > ").append(b.min());
    }
    if (b.max() != null) {
      s.append(b.maxInclusive() ? " <= " : " < ").append(b.max());
    }
    if (!b.allowed().isEmpty()) {
      s.append(" in ").append(b.allowed());
    }
    if (!b.excluded().isEmpty()) {
      s.append(" not in ").append(b.excluded());
    }
    if (b.minLength() > 0 || b.maxLength() > 0) {
      s.append(" length ").append(b.minLength()).append("..").append(b.maxLength());
    }
    return s.toString();
  }
}
