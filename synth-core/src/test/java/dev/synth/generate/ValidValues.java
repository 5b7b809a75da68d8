package dev.synth.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.UUID;

/** An oracle, written independently of the generators, for what a column accepts. */
final class ValidValues {
  private ValidValues() {}

  static void assertValid(Column column, Bounds bounds, Object value) {
    ColumnType t = column.type();
    assertThat(value).as(column.toString()).isNotNull();
    switch (t.kind()) {
      case BOOLEAN -> assertThat(value).isInstanceOf(Boolean.class);
      case TINYINT -> assertThat((Integer) value).isBetween(-128, 127);
      case SMALLINT -> assertThat((Integer) value).isBetween(-32768, 32767);
      case INTEGER -> assertThat(value).isInstanceOf(Integer.class);
      case BIGINT -> assertThat(value).isInstanceOf(Long.class);
      case DECIMAL -> {
        BigDecimal d = (BigDecimal) value;
        int precision = t.precision() == 0 ? 18 : t.precision();
        int scale = t.precision() == 0 && t.scale() == 0 ? 2 : t.scale();
        assertThat(d.scale()).isEqualTo(scale);
        assertThat(d.precision() - d.scale()).isLessThanOrEqualTo(Math.max(1, precision - scale));
      }
      case REAL -> assertThat(value).isInstanceOf(Float.class);
      case DOUBLE -> assertThat(value).isInstanceOf(Double.class);
      case CHAR, VARCHAR, CLOB, JSON, ENUM -> {
        String s = (String) value;
        if (t.length() > 0) {
          assertThat(s.length()).isLessThanOrEqualTo(t.length());
        }
        if (bounds.maxLength() > 0) {
          assertThat(s.length()).isLessThanOrEqualTo(bounds.maxLength());
        }
        assertThat(s.length()).isGreaterThanOrEqualTo(bounds.minLength());
        if (t.kind() == dev.synth.schema.TypeKind.ENUM) {
          assertThat(t.enumValues()).contains(s);
        }
        if (t.kind() == dev.synth.schema.TypeKind.JSON) {
          assertThat(s).startsWith("{").endsWith("}").contains("\"id\": ");
        }
      }
      case DATE -> assertThat(value).isInstanceOf(LocalDate.class);
      case TIME -> assertThat(value).isInstanceOf(LocalTime.class);
      case TIME_TZ -> assertThat(value).isInstanceOf(OffsetTime.class);
      case TIMESTAMP -> assertThat(value).isInstanceOf(LocalDateTime.class);
      case TIMESTAMP_TZ -> assertThat(value).isInstanceOf(OffsetDateTime.class);
      case UUID -> assertThat(value).isInstanceOf(UUID.class);
      case BINARY -> assertThat((byte[]) value).hasSize(t.length() == 0 ? 16 : t.length());
      case VARBINARY, BLOB ->
          assertThat(((byte[]) value).length)
              .isBetween(1, t.length() == 0 ? Integer.MAX_VALUE : t.length());
      default -> throw new AssertionError("not generated: " + t);
    }
    assertWithinBounds(column, bounds, value);
  }

  @SuppressWarnings("unchecked")
  private static void assertWithinBounds(Column column, Bounds bounds, Object value) {
    if (!bounds.allowed().isEmpty()) {
      assertThat(bounds.allowed().stream().map(a -> JavaValues.convert(column.type(), a)))
          .contains(value);
    }
    for (Object e : bounds.excluded()) {
      assertThat(value).isNotEqualTo(JavaValues.convert(column.type(), e));
    }
    if (value instanceof Number n) {
      BigDecimal d = new BigDecimal(n.toString());
      if (bounds.min() != null) {
        int c = d.compareTo(JavaValues.number(bounds.min()));
        assertThat(bounds.minInclusive() ? c >= 0 : c > 0).as(value + " above " + bounds).isTrue();
      }
      if (bounds.max() != null) {
        int c = d.compareTo(JavaValues.number(bounds.max()));
        assertThat(bounds.maxInclusive() ? c <= 0 : c < 0).as(value + " below " + bounds).isTrue();
      }
    } else if (value instanceof Comparable<?> && column.type().kind().isTemporal()) {
      Comparable<Object> v = (Comparable<Object>) value;
      if (bounds.min() != null) {
        int c = v.compareTo(JavaValues.convert(column.type(), bounds.min()));
        assertThat(bounds.minInclusive() ? c >= 0 : c > 0).as(value + " after " + bounds).isTrue();
      }
      if (bounds.max() != null) {
        int c = v.compareTo(JavaValues.convert(column.type(), bounds.max()));
        assertThat(bounds.maxInclusive() ? c <= 0 : c < 0).as(value + " before " + bounds).isTrue();
      }
    }
  }
}
