package dev.synth.schema;

import java.util.List;
import java.util.Objects;

/**
 * A column's type as introspected: its kind plus the limits a value must respect.
 *
 * <pre>{@code
 * ColumnType price = new ColumnType(TypeKind.DECIMAL, "DECIMAL", 0, 10, 2, List.of());
 * }</pre>
 *
 * @param kind the family used to choose a generator
 * @param sqlName the database's own type name, for messages and dry runs
 * @param length maximum length of text or binary values, 0 when unbounded or not applicable
 * @param precision total digits of a decimal (or fractional-second digits of a temporal), 0 if
 *     unknown
 * @param scale digits after the decimal point
 * @param enumValues the allowed literals of an enum type (the members of a set), in declaration
 *     order
 * @param element the type of an {@link TypeKind#ARRAY}'s elements, {@code null} for other kinds
 */
public record ColumnType(
    TypeKind kind,
    String sqlName,
    int length,
    int precision,
    int scale,
    List<String> enumValues,
    ColumnType element) {
  public ColumnType {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sqlName, "sqlName");
    if (length < 0 || precision < 0 || scale < 0) {
      throw new IllegalArgumentException(
          "length, precision and scale must be >= 0 but were "
              + length
              + ", "
              + precision
              + ", "
              + scale
              + " for "
              + sqlName);
    }
    enumValues = List.copyOf(enumValues);
    if ((kind == TypeKind.ENUM || kind == TypeKind.SET) && enumValues.isEmpty()) {
      throw new IllegalArgumentException(
          kind.name().toLowerCase(java.util.Locale.ROOT)
              + " type "
              + sqlName
              + " must list its values");
    }
    if ((kind == TypeKind.ARRAY) != (element != null)) {
      throw new IllegalArgumentException(
          "an ARRAY type, and only an ARRAY type, has an element type, but "
              + sqlName
              + " is "
              + kind
              + " with element "
              + element);
    }
  }

  /** A type that is not an array. */
  public ColumnType(
      TypeKind kind,
      String sqlName,
      int length,
      int precision,
      int scale,
      List<String> enumValues) {
    this(kind, sqlName, length, precision, scale, enumValues, null);
  }

  /** An array of {@code element}. */
  public static ColumnType arrayOf(ColumnType element, String sqlName) {
    return new ColumnType(TypeKind.ARRAY, sqlName, 0, 0, 0, List.of(), element);
  }

  public static ColumnType of(TypeKind kind) {
    return new ColumnType(kind, kind.name(), 0, 0, 0, List.of());
  }

  @Override
  public String toString() {
    if (kind == TypeKind.ENUM || kind == TypeKind.SET) {
      return kind.name() + enumValues;
    }
    if (kind == TypeKind.ARRAY) {
      return element + "[]";
    }
    if (sqlName.contains("(")) {
      return sqlName;
    }
    if (length > 0) {
      return sqlName + "(" + length + ")";
    }
    if (kind == TypeKind.DECIMAL && precision > 0) {
      return sqlName + "(" + precision + "," + scale + ")";
    }
    return sqlName;
  }
}
