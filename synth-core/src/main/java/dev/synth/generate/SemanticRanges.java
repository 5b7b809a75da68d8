package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Semantic numbers and dates: a realistic range (prices from 0, latitudes within ±90, adults' birth
 * dates) narrowed into the column's bounds and handed to the type generator.
 */
final class SemanticRanges {
  /** Ages are measured on this fixed date, never on the day of generation. */
  static final LocalDate REFERENCE_DATE = TemporalGenerators.WINDOW_END;

  private SemanticRanges() {}

  static Optional<GeneratorChoice> number(Column column, ColumnName n, Bounds bounds) {
    if (!bounds.allowed().isEmpty() || !bounds.excluded().isEmpty()) {
      return Optional.empty();
    }
    TypeKind kind = column.type().kind();
    boolean fractional = !kind.isInteger();
    if (n.has("qty", "quantity") || n.contains("quantity")) {
      return within("quantity", column, bounds, 1, 20);
    }
    if (n.has("balance", "salary", "revenue")) {
      return within("amount", column, bounds, 0, 100_000);
    }
    if (n.has("price", "amount", "total", "cost", "subtotal", "fee")
        || n.contains("price", "amount")) {
      return within("price", column, bounds, 0, 10_000);
    }
    if (fractional && (n.has("lat", "latitude") || n.contains("latitude"))) {
      return within("latitude", column, bounds, -90, 90);
    }
    if (fractional && (n.has("lng", "lon", "long", "longitude") || n.contains("longitude"))) {
      return within("longitude", column, bounds, -180, 180);
    }
    if (n.is("age")) {
      return within("age", column, bounds, 18, 90);
    }
    return Optional.empty();
  }

  static Optional<GeneratorChoice> temporal(
      Table table, Column column, ColumnName n, Bounds bounds) {
    boolean dated =
        column.type().kind() != TypeKind.TIME && column.type().kind() != TypeKind.TIME_TZ;
    if (dated && (n.contains("birth", "dob") || n.is("born"))) {
      return Narrowing.narrow(
              column, bounds, REFERENCE_DATE.minusYears(90), REFERENCE_DATE.minusYears(18))
          .flatMap(b -> typed("birth date, age 18..90 on " + REFERENCE_DATE, column, b));
    }
    if (isCreated(n)) {
      return typed("creation time", column, bounds);
    }
    if (n.contains("updated", "modified", "changed")) {
      // Values stay inside the window, so bounds that hold all of it cannot be broken.
      return bounds.isNone() || TemporalGenerators.containsWindow(column, bounds)
          ? Optional.of(UpdatedAfterCreated.choose(table, column))
          : Optional.empty();
    }
    return Optional.empty();
  }

  static boolean isCreated(ColumnName n) {
    return n.contains("created", "creation", "inserted", "registered", "signup");
  }

  private static Optional<GeneratorChoice> within(
      String label, Column column, Bounds bounds, long lo, long hi) {
    return Narrowing.narrow(column, bounds, BigDecimal.valueOf(lo), BigDecimal.valueOf(hi))
        .flatMap(b -> typed(label, column, b));
  }

  private static Optional<GeneratorChoice> typed(String label, Column column, Bounds bounds) {
    try {
      GeneratorChoice c = TypeGenerators.forType(column, bounds);
      return Optional.of(new GeneratorChoice(label + ": " + c.description(), c.generator()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
