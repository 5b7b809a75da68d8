package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.TypeKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * A valid value of a column's type that satisfies its {@link Bounds}: the fallback generator when
 * no configuration or semantic rule applies.
 *
 * <pre>{@code
 * Bounds qty = Bounds.NONE.withMin(BigDecimal.ONE, true).withMax(new BigDecimal("99"), true);
 * GeneratorChoice choice = TypeGenerators.forType(column, qty); // "INTEGER in [1, 99]"
 * }</pre>
 */
public final class TypeGenerators {
  private static final int DEFAULT_BINARY_LENGTH = 16;

  private TypeGenerators() {}

  /**
   * A generator of valid values for the column within the bounds.
   *
   * @throws IllegalArgumentException when no value satisfies the bounds, or the type (OTHER, a
   *     year-month INTERVAL, an ARRAY of those) is not generated
   */
  public static GeneratorChoice forType(Column column, Bounds bounds) {
    if (!bounds.allowed().isEmpty()) {
      return oneOf(allowedValues(column, bounds));
    }
    TypeKind kind = column.type().kind();
    return switch (kind) {
      case BOOLEAN -> oneOf(allowedValues(column, bounds.withAllowed(List.of(true, false))));
      case TINYINT, SMALLINT, INTEGER, BIGINT -> NumberGenerators.integer(column, bounds);
      case DECIMAL -> NumberGenerators.decimal(column, bounds);
      case REAL, DOUBLE -> NumberGenerators.floating(column, bounds);
      case CHAR, VARCHAR, CLOB -> TextGenerators.text(column, bounds);
      case DATE, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ ->
          TemporalGenerators.temporal(column, bounds);
      case UUID -> new GeneratorChoice("random UUID", TypeGenerators::uuid);
      case BINARY, VARBINARY, BLOB -> binary(column);
      case ENUM ->
          oneOf(
              allowedValues(
                  column, bounds.withAllowed(new ArrayList<>(column.type().enumValues()))));
      case SET -> subsets(column.type().enumValues());
      case JSON -> new GeneratorChoice("small JSON object", TypeGenerators::json);
      case INTERVAL -> interval(column);
      case INET -> Addresses.random(column);
      case ARRAY -> ArrayValues.of(column);
      case OTHER -> throw notGenerated(column);
    };
  }

  /**
   * A day-to-second interval up to 30 days as a {@link Duration} (PostgreSQL reads its ISO 8601
   * text, {@code PT76H5M6S}); year-month intervals are not generated.
   */
  private static GeneratorChoice interval(Column column) {
    if (isYearMonth(column.type())) {
      throw notGenerated(column);
    }
    return new GeneratorChoice(
        "interval up to 30 days", cell -> Duration.ofSeconds(cell.nextInt(30 * 86_400) + 1L));
  }

  /** Whether {@link #forType} has a generator for the type (bounds aside). */
  public static boolean generates(ColumnType type) {
    return switch (type.kind()) {
      case OTHER -> false;
      case INTERVAL -> !isYearMonth(type);
      case ARRAY -> generates(type.element());
      default -> true;
    };
  }

  private static boolean isYearMonth(ColumnType type) {
    String name = type.sqlName().toUpperCase(java.util.Locale.ROOT);
    return name.contains("YEAR") || name.contains("MONTH");
  }

  static IllegalArgumentException notGenerated(Column column) {
    return new IllegalArgumentException(
        "column "
            + column.name()
            + " "
            + column.type()
            + " has type "
            + column.type().kind()
            + ", which is not generated; make it nullable or add a column rule for it in"
            + " synth.yaml (value:, values: or faker:)");
  }

  /**
   * The allowed values converted to the column's Java type, without the excluded ones and those
   * outside min/max.
   */
  static List<Object> allowedValues(Column column, Bounds bounds) {
    List<Object> excluded = new ArrayList<>();
    for (Object e : bounds.excluded()) {
      try {
        excluded.add(JavaValues.convert(column.type(), e));
      } catch (IllegalArgumentException ignored) {
        // an excluded value the type cannot hold is never produced anyway
      }
    }
    List<Object> values = new ArrayList<>();
    for (Object a : bounds.allowed()) {
      Object v;
      try {
        v = JavaValues.convert(column.type(), a);
      } catch (IllegalArgumentException e) {
        throw Impossible.bounds(column, bounds, "allowed value '" + a + "' does not fit the type");
      }
      if (!excluded.contains(v) && withinRange(v, bounds, column) && !values.contains(v)) {
        values.add(v);
      }
    }
    if (values.isEmpty()) {
      throw Impossible.bounds(column, bounds, "no allowed value is left");
    }
    return List.copyOf(values);
  }

  static GeneratorChoice oneOf(List<Object> values) {
    return new GeneratorChoice("one of " + values, cell -> values.get(cell.nextInt(values.size())));
  }

  static UUID uuid(Cell cell) {
    long msb = (cell.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (cell.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }

  @SuppressWarnings("unchecked")
  private static boolean withinRange(Object v, Bounds b, Column column) {
    if (b.min() == null && b.max() == null || !(v instanceof Comparable)) {
      return true;
    }
    Comparable<Object> c = (Comparable<Object>) v;
    Object min = b.min() == null ? null : JavaValues.convert(column.type(), b.min());
    Object max = b.max() == null ? null : JavaValues.convert(column.type(), b.max());
    boolean aboveMin =
        min == null || (b.minInclusive() ? c.compareTo(min) >= 0 : c.compareTo(min) > 0);
    boolean belowMax =
        max == null || (b.maxInclusive() ? c.compareTo(max) <= 0 : c.compareTo(max) < 0);
    return aboveMin && belowMax;
  }

  /** Any subset of a SET's members (the empty one too), comma-joined in declaration order. */
  private static GeneratorChoice subsets(List<String> members) {
    return new GeneratorChoice(
        "subsets of " + members,
        cell -> {
          long mask = cell.nextLong();
          StringJoiner joined = new StringJoiner(",");
          for (int i = 0; i < members.size(); i++) {
            if ((mask >>> (i % Long.SIZE) & 1) != 0) {
              joined.add(members.get(i));
            }
          }
          return joined.toString();
        });
  }

  private static GeneratorChoice binary(Column column) {
    int length = column.type().length();
    if (column.type().kind() == TypeKind.BINARY) {
      int n = length > 0 ? length : DEFAULT_BINARY_LENGTH;
      return new GeneratorChoice(n + " random bytes", cell -> bytes(cell, n));
    }
    int max = length > 0 ? Math.min(length, 64) : 64;
    return new GeneratorChoice(
        "1.." + max + " random bytes", cell -> bytes(cell, 1 + cell.nextInt(max)));
  }

  private static byte[] bytes(Cell cell, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i += 8) {
      long r = cell.nextLong();
      for (int j = i; j < Math.min(n, i + 8); j++, r >>>= 8) {
        b[j] = (byte) r;
      }
    }
    return b;
  }

  private static String json(Cell cell) {
    return "{\"id\": "
        + (1 + cell.nextInt(1_000_000))
        + ", \"active\": "
        + cell.nextBoolean()
        + ", \"tag\": \""
        + LoremWords.pick(cell)
        + "\"}";
  }
}
