package dev.synth.introspect;

import dev.synth.introspect.ColumnTypes.Family;
import dev.synth.schema.Check;
import dev.synth.schema.Condition;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges a MySQL or MariaDB type implies beyond its kind, written as checks so the planner honours
 * them like any other: {@code YEAR} holds 1901..2155, {@code MEDIUMINT} 24 bits, an {@code
 * UNSIGNED} integer nothing below 0 (and {@code TINYINT UNSIGNED} nothing above 255), {@code
 * BIT(n)} n bits, and {@code TIMESTAMP} the seconds from 1970 to 2038.
 *
 * <pre>{@code
 * ImpliedChecks.of(Family.MYSQL, "year(4)", "BORN"); // BORN BETWEEN 1901 AND 2155
 * ImpliedChecks.of(Family.MYSQL, "tinyint(3) unsigned", "QTY"); // QTY BETWEEN 0 AND 255
 * }</pre>
 */
final class ImpliedChecks {
  private static final Pattern DECLARED =
      Pattern.compile("([a-z]+)\\s*(?:\\((\\d+)\\))?\\s*(unsigned)?.*");
  private static final Map<String, Long> UNSIGNED_MAX =
      Map.of("tinyint", 255L, "smallint", 65_535L, "mediumint", 16_777_215L, "int", 4_294_967_295L);
  private static final long MEDIUMINT_MAX = 8_388_607L;
  // TIMESTAMP holds 1970-01-01 00:00:01..2038-01-19 03:14:07 UTC; a day's margin on each side
  // keeps values inside whatever time zone the session converts from.
  private static final LocalDateTime TIMESTAMP_MIN = LocalDateTime.of(1970, 1, 2, 0, 0);
  private static final LocalDateTime TIMESTAMP_MAX = LocalDateTime.of(2038, 1, 18, 0, 0);

  private ImpliedChecks() {}

  static Optional<Check> of(Family family, String typeName, String column) {
    if (family != Family.MYSQL || typeName == null) {
      return Optional.empty();
    }
    Matcher m = DECLARED.matcher(typeName.toLowerCase(Locale.ROOT).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1);
    boolean unsigned = m.group(3) != null;
    return switch (name) {
      case "year" -> between(column, 1901, 2155);
      case "timestamp" -> Optional.of(range(column, TIMESTAMP_MIN, TIMESTAMP_MAX));
      case "bit" -> bits(column, m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
      case "mediumint" ->
          unsigned ? between(column, 0, UNSIGNED_MAX.get(name)) : signedMedium(column);
      default -> unsigned ? unsignedRange(name, column) : Optional.empty();
    };
  }

  private static Optional<Check> unsignedRange(String name, String column) {
    Long max = UNSIGNED_MAX.get(name);
    if (max != null) {
      return between(column, 0, max);
    }
    return Optional.of(
        check(
            column,
            column + " >= 0",
            new Condition.Compare(column, Condition.Op.GE, BigDecimal.ZERO)));
  }

  private static Optional<Check> signedMedium(String column) {
    return between(column, -MEDIUMINT_MAX - 1, MEDIUMINT_MAX);
  }

  private static Optional<Check> bits(String column, int width) {
    return width >= 63 ? unsignedRange("bigint", column) : between(column, 0, (1L << width) - 1);
  }

  private static Optional<Check> between(String column, long low, long high) {
    return Optional.of(range(column, BigDecimal.valueOf(low), BigDecimal.valueOf(high)));
  }

  private static Check range(String column, Object low, Object high) {
    return check(
        column,
        column + " BETWEEN " + low + " AND " + high,
        new Condition.Between(column, low, high));
  }

  private static Check check(String column, String sql, Condition condition) {
    return new Check("implied by the type of " + column, sql, Set.of(column), condition);
  }
}
