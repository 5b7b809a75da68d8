package dev.synth.introspect;

import dev.synth.schema.ColumnType;
import dev.synth.schema.TypeKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps a type as a database names it ({@code CHARACTER VARYING}, {@code int4}, {@code tinyint(1)})
 * to a {@link ColumnType}. Longer than most classes only because of its table of names.
 *
 * <pre>{@code
 * ColumnType t = ColumnTypes.of(Family.POSTGRES, "timestamptz", 0, 6, 0, List.of());
 * t.kind(); // TIMESTAMP_TZ
 * }</pre>
 */
final class ColumnTypes {

  /** The database families whose type names differ in meaning ({@code text}, {@code float}). */
  enum Family {
    H2,
    POSTGRES,
    MYSQL,
    OTHER
  }

  // H2 reports its maximum (100000) for NUMERIC/DECFLOAT declared without a precision; no real
  // database lets a user declare more than 1000 digits, so anything above means "unspecified".
  private static final int MAX_DECLARED_PRECISION = 1000;

  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TINYINT_1 = Pattern.compile("tinyint\\s*\\(\\s*1\\s*\\).*");

  private static final Map<String, TypeKind> KINDS =
      Map.ofEntries(
          Map.entry("boolean", TypeKind.BOOLEAN),
          Map.entry("bool", TypeKind.BOOLEAN),
          Map.entry("tinyint", TypeKind.TINYINT),
          Map.entry("int1", TypeKind.TINYINT),
          Map.entry("smallint", TypeKind.SMALLINT),
          Map.entry("int2", TypeKind.SMALLINT),
          Map.entry("smallserial", TypeKind.SMALLINT),
          Map.entry("serial2", TypeKind.SMALLINT),
          Map.entry("year", TypeKind.SMALLINT),
          Map.entry("integer", TypeKind.INTEGER),
          Map.entry("int", TypeKind.INTEGER),
          Map.entry("int4", TypeKind.INTEGER),
          Map.entry("mediumint", TypeKind.INTEGER),
          Map.entry("serial", TypeKind.INTEGER),
          Map.entry("serial4", TypeKind.INTEGER),
          Map.entry("bigint", TypeKind.BIGINT),
          Map.entry("int8", TypeKind.BIGINT),
          Map.entry("bigserial", TypeKind.BIGINT),
          Map.entry("serial8", TypeKind.BIGINT),
          Map.entry("numeric", TypeKind.DECIMAL),
          Map.entry("decimal", TypeKind.DECIMAL),
          Map.entry("dec", TypeKind.DECIMAL),
          Map.entry("decfloat", TypeKind.DECIMAL),
          Map.entry("number", TypeKind.DECIMAL),
          Map.entry("real", TypeKind.REAL),
          Map.entry("float4", TypeKind.REAL),
          Map.entry("double precision", TypeKind.DOUBLE),
          Map.entry("double", TypeKind.DOUBLE),
          Map.entry("float8", TypeKind.DOUBLE),
          Map.entry("float", TypeKind.DOUBLE),
          Map.entry("character", TypeKind.CHAR),
          Map.entry("char", TypeKind.CHAR),
          Map.entry("bpchar", TypeKind.CHAR),
          Map.entry("nchar", TypeKind.CHAR),
          Map.entry("national character", TypeKind.CHAR),
          Map.entry("character varying", TypeKind.VARCHAR),
          Map.entry("varchar", TypeKind.VARCHAR),
          Map.entry("varchar_ignorecase", TypeKind.VARCHAR),
          Map.entry("nvarchar", TypeKind.VARCHAR),
          Map.entry("national character varying", TypeKind.VARCHAR),
          Map.entry("citext", TypeKind.VARCHAR),
          Map.entry("tinytext", TypeKind.VARCHAR),
          Map.entry("text", TypeKind.CLOB),
          Map.entry("mediumtext", TypeKind.CLOB),
          Map.entry("longtext", TypeKind.CLOB),
          Map.entry("clob", TypeKind.CLOB),
          Map.entry("nclob", TypeKind.CLOB),
          Map.entry("character large object", TypeKind.CLOB),
          Map.entry("binary", TypeKind.BINARY),
          Map.entry("binary varying", TypeKind.VARBINARY),
          Map.entry("varbinary", TypeKind.VARBINARY),
          Map.entry("bytea", TypeKind.VARBINARY),
          Map.entry("blob", TypeKind.BLOB),
          Map.entry("tinyblob", TypeKind.BLOB),
          Map.entry("mediumblob", TypeKind.BLOB),
          Map.entry("longblob", TypeKind.BLOB),
          Map.entry("binary large object", TypeKind.BLOB),
          Map.entry("date", TypeKind.DATE),
          Map.entry("time", TypeKind.TIME),
          Map.entry("time without time zone", TypeKind.TIME),
          Map.entry("time with time zone", TypeKind.TIME_TZ),
          Map.entry("timetz", TypeKind.TIME_TZ),
          Map.entry("timestamp", TypeKind.TIMESTAMP),
          Map.entry("timestamp without time zone", TypeKind.TIMESTAMP),
          Map.entry("datetime", TypeKind.TIMESTAMP),
          Map.entry("timestamp with time zone", TypeKind.TIMESTAMP_TZ),
          Map.entry("timestamptz", TypeKind.TIMESTAMP_TZ),
          Map.entry("uuid", TypeKind.UUID),
          Map.entry("enum", TypeKind.ENUM),
          Map.entry("json", TypeKind.JSON),
          Map.entry("jsonb", TypeKind.JSON),
          Map.entry("inet", TypeKind.INET),
          Map.entry("cidr", TypeKind.INET));

  private ColumnTypes() {}

  /**
   * The column type for a reported type name and limits; negative limits (H2 reports -1 for LOBs)
   * mean unknown. A non-empty {@code enumValues} makes the type an enum whatever its name.
   */
  static ColumnType of(
      Family family,
      String sqlName,
      int length,
      int precision,
      int scale,
      List<String> enumValues) {
    String element = elementName(family, sqlName);
    if (element != null) {
      return ColumnType.arrayOf(of(family, element, length, precision, scale, List.of()), sqlName);
    }
    TypeKind named = kind(family, sqlName);
    TypeKind kind = named == TypeKind.SET ? named : enumValues.isEmpty() ? named : TypeKind.ENUM;
    boolean listed = kind == TypeKind.ENUM || kind == TypeKind.SET;
    if (listed && enumValues.isEmpty()) {
      kind = TypeKind.OTHER;
    }
    return new ColumnType(
        kind,
        sqlName,
        kind.isText() || kind.isBinary() ? Math.max(0, length) : 0,
        precisionOf(kind, precision),
        kind == TypeKind.DECIMAL ? Math.max(0, scale) : 0,
        kind == TypeKind.ENUM || kind == TypeKind.SET ? enumValues : List.of());
  }

  /**
   * The element type's name of an array type ({@code int4 ARRAY} as jooq-meta reports it, {@code
   * INTEGER ARRAY} in H2, {@code text[]}, PostgreSQL's internal {@code _int4}), else {@code null}.
   */
  private static String elementName(Family family, String sqlName) {
    String trimmed = sqlName.trim();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (lower.endsWith(" array")) {
      return trimmed.substring(0, trimmed.length() - " array".length()).trim();
    }
    if (lower.endsWith("[]")) {
      return trimmed.substring(0, trimmed.length() - 2).trim();
    }
    if (family == Family.POSTGRES && lower.startsWith("_") && lower.length() > 1) {
      return trimmed.substring(1);
    }
    return null;
  }

  /** The kind for a reported type name; unknown names are {@link TypeKind#OTHER}. */
  static TypeKind kind(Family family, String sqlName) {
    if (elementName(family, sqlName) != null) {
      return TypeKind.ARRAY;
    }
    String lower = sqlName.toLowerCase(Locale.ROOT).trim();
    if (family == Family.MYSQL && TINYINT_1.matcher(lower).matches()) {
      return TypeKind.BOOLEAN;
    }
    if (family == Family.MYSQL && (lower.startsWith("enum(") || lower.startsWith("set("))) {
      // Members may hold parentheses, so the name is what precedes the list.
      return lower.startsWith("set(") ? TypeKind.SET : TypeKind.ENUM;
    }
    String name = SPACES.matcher(PARENTHESES.matcher(lower).replaceAll(" ")).replaceAll(" ").trim();
    if (family == Family.MYSQL && name.endsWith(" zerofill")) {
      name = name.substring(0, name.length() - " zerofill".length());
    }
    if (name.endsWith(" unsigned")) {
      return widerUnsigned(kind(family, name.substring(0, name.length() - " unsigned".length())));
    }
    if (name.startsWith("interval")) {
      return TypeKind.INTERVAL;
    }
    TypeKind kind = KINDS.getOrDefault(name, TypeKind.OTHER);
    return adjustForFamily(family, name, kind);
  }

  private static TypeKind adjustForFamily(Family family, String name, TypeKind kind) {
    if (family == Family.POSTGRES && name.equals("text")) {
      return TypeKind.VARCHAR;
    }
    if (family == Family.MYSQL && name.equals("float")) {
      return TypeKind.REAL;
    }
    if (family == Family.MYSQL && name.equals("bit")) {
      // BIT(n) takes integers; ImpliedChecks keeps them within n bits.
      return TypeKind.BIGINT;
    }
    if (family == Family.MYSQL && name.equals("set")) {
      return TypeKind.SET;
    }
    return kind;
  }

  // An unsigned integer needs the next wider signed kind to hold its whole range; BIGINT UNSIGNED
  // stays BIGINT, so keys are longs and values up to Long.MAX_VALUE are generated.
  private static TypeKind widerUnsigned(TypeKind signed) {
    return switch (signed) {
      case TINYINT -> TypeKind.SMALLINT;
      case SMALLINT -> TypeKind.INTEGER;
      case INTEGER -> TypeKind.BIGINT;
      default -> signed;
    };
  }

  private static int precisionOf(TypeKind kind, int precision) {
    if (kind == TypeKind.DECIMAL) {
      return precision > MAX_DECLARED_PRECISION ? 0 : Math.max(0, precision);
    }
    return kind.isTemporal() ? Math.max(0, precision) : 0;
  }
}
