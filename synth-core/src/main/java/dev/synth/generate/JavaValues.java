package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Converts literals (from CHECK constraints, YAML or profiles) to the Java value the engine writes
 * for a column type: {@code Integer} for INTEGER, {@code BigDecimal} with the column's scale for
 * DECIMAL, {@code LocalDate} for DATE, and so on.
 *
 * <pre>{@code
 * JavaValues.convert(new ColumnType(TypeKind.DECIMAL, "DECIMAL", 0, 4, 1, List.of()), 5); // 5.0
 * JavaValues.convert(ColumnType.of(TypeKind.DATE), "2020-01-01"); // LocalDate 2020-01-01
 * }</pre>
 */
public final class JavaValues {
  /** Precision assumed for a DECIMAL whose precision the database did not report. */
  static final int DEFAULT_PRECISION = 18;

  /** Scale assumed for a DECIMAL whose precision and scale the database did not report. */
  static final int DEFAULT_SCALE = 2;

  private JavaValues() {}

  /**
   * The value as the column type's Java class, or {@code null} for {@code null}.
   *
   * @throws IllegalArgumentException when the value cannot be represented in the type
   */
  public static Object convert(ColumnType type, Object value) {
    if (value == null) {
      return null;
    }
    try {
      Object converted = convertOrNull(type, value);
      if (converted != null) {
        return converted;
      }
    } catch (ArithmeticException | java.time.DateTimeException | IllegalArgumentException e) {
      // reported below with the value and the type
    }
    throw new IllegalArgumentException("value '" + show(value) + "' does not fit type " + type);
  }

  /** Like {@link #convert(ColumnType, Object)}, with the column named in the message. */
  public static Object convert(Column column, Object value) {
    try {
      return convert(column.type(), value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "value '" + show(value) + "' does not fit column " + column.name() + " " + column.type(),
          e);
    }
  }

  private static Object convertOrNull(ColumnType type, Object value) {
    return switch (type.kind()) {
      case BOOLEAN -> bool(value);
      case TINYINT -> intIn(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SMALLINT -> intIn(value, Short.MIN_VALUE, Short.MAX_VALUE);
      case INTEGER -> intIn(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case BIGINT -> number(value).toBigIntegerExact().longValueExact();
      case DECIMAL -> decimal(type, number(value));
      case REAL -> finite(number(value).floatValue());
      case DOUBLE -> finite(number(value).doubleValue());
      case CHAR, VARCHAR, CLOB, JSON -> text(type, value);
      case DATE, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ ->
          TemporalValues.convert(type.kind(), value);
      case UUID -> value instanceof UUID u ? u : UUID.fromString(value.toString());
      case BINARY, VARBINARY, BLOB -> bytes(type, value);
      case ENUM -> type.enumValues().contains(value.toString()) ? value.toString() : null;
      case INET -> value.toString();
      case ARRAY -> value instanceof List<?> list ? elements(type.element(), list) : value;
      case SET -> setMembers(type, value.toString());
      case INTERVAL, OTHER -> value;
    };
  }

  private static List<Object> elements(ColumnType element, List<?> values) {
    List<Object> out = new ArrayList<>(values.size());
    for (Object v : values) {
      out.add(convert(element, v));
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /** A number as a {@link BigDecimal}; text is parsed. */
  public static BigDecimal number(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Number || value instanceof String) {
      return new BigDecimal(value.toString().trim());
    }
    throw new NumberFormatException("not a number: " + value);
  }

  /** The precision used for generation: the declared one, or a default when unknown. */
  static int precision(ColumnType type) {
    return type.precision() > 0
        ? Math.max(type.precision(), type.scale())
        : Math.max(DEFAULT_PRECISION, type.scale() + 1);
  }

  /** The scale used for generation: the declared one, or a default when nothing is known. */
  static int scale(ColumnType type) {
    return type.precision() == 0 && type.scale() == 0 ? DEFAULT_SCALE : type.scale();
  }

  private static Boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
      case "true", "t", "yes", "y", "1" -> true;
      case "false", "f", "no", "n", "0" -> false;
      default -> null;
    };
  }

  private static Integer intIn(Object value, int min, int max) {
    long v = number(value).toBigIntegerExact().longValueExact();
    return v < min || v > max ? null : (int) v;
  }

  private static BigDecimal decimal(ColumnType type, BigDecimal value) {
    if (type.precision() == 0) {
      // Unknown precision: any literal is accepted, at the default scale when that loses nothing.
      BigDecimal stripped = value.stripTrailingZeros();
      return stripped.scale() <= scale(type) ? value.setScale(scale(type)) : stripped;
    }
    BigDecimal scaled = value.setScale(type.scale(), RoundingMode.UNNECESSARY);
    return scaled.precision() - scaled.scale() > type.precision() - type.scale()
            && scaled.signum() != 0
        ? null
        : scaled;
  }

  // A SET value names members, comma-separated, each at most once; stored in declaration order.
  private static String setMembers(ColumnType type, String value) {
    List<String> named = value.isEmpty() ? List.of() : List.of(value.split(",", -1));
    if (!type.enumValues().containsAll(named) || named.stream().distinct().count() < named.size()) {
      return null;
    }
    return String.join(",", type.enumValues().stream().filter(named::contains).toList());
  }

  private static Object finite(float f) {
    return Float.isFinite(f) ? f : null;
  }

  private static Object finite(double d) {
    return Double.isFinite(d) ? d : null;
  }

  private static String text(ColumnType type, Object value) {
    String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    // Declared lengths count characters; a character outside the BMP is two Java chars.
    return type.length() > 0 && s.codePointCount(0, s.length()) > type.length() ? null : s;
  }

  private static byte[] bytes(ColumnType type, Object value) {
    byte[] b =
        value instanceof byte[] raw ? raw : value.toString().getBytes(StandardCharsets.UTF_8);
    return type.length() > 0 && b.length > type.length() ? null : b;
  }

  static String show(Object value) {
    return value instanceof byte[] b ? b.length + " bytes" : String.valueOf(value);
  }
}
