package dev.synth.introspect;

import dev.synth.introspect.ColumnTypes.Family;
import dev.synth.schema.Check;
import dev.synth.schema.Condition;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Ranges a type name implies beyond its kind, written as checks so the planner honours them like
 * any other: MySQL's {@code YEAR} holds 1901..2155, an {@code UNSIGNED} integer nothing below 0.
 *
 * <pre>{@code
 * ImpliedChecks.of(Family.MYSQL, "year", "BORN"); // BORN BETWEEN 1901 AND 2155
 * }</pre>
 */
final class ImpliedChecks {
  private ImpliedChecks() {}

  static Optional<Check> of(Family family, String typeName, String column) {
    if (family != Family.MYSQL || typeName == null) {
      return Optional.empty();
    }
    String type = typeName.toLowerCase(Locale.ROOT).strip();
    if (type.equals("year") || type.startsWith("year(")) {
      return Optional.of(
          check(
              column,
              column + " BETWEEN 1901 AND 2155",
              new Condition.Between(column, BigDecimal.valueOf(1901), BigDecimal.valueOf(2155))));
    }
    if (type.endsWith(" unsigned") || type.contains(" unsigned ")) {
      return Optional.of(
          check(
              column,
              column + " >= 0",
              new Condition.Compare(column, Condition.Op.GE, BigDecimal.ZERO)));
    }
    return Optional.empty();
  }

  private static Check check(String column, String sql, Condition condition) {
    return new Check("implied by the type of " + column, sql, Set.of(column), condition);
  }
}
