package dev.synth.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.schema.ColumnType;
import dev.synth.schema.TypeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JavaValuesTest {

  @Test
  void numbersBecomeTheIntegerClassOfTheirType() {
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.TINYINT), new BigDecimal("12")))
        .isEqualTo(12);
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.BIGINT), 7)).isEqualTo(7L);
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.INTEGER), "42")).isEqualTo(42);
  }

  @Test
  void integersOutsideTheirTypeOrWithFractionsAreRefused() {
    assertThatThrownBy(() -> JavaValues.convert(ColumnType.of(TypeKind.TINYINT), 128))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("128");
    assertThatThrownBy(() -> JavaValues.convert(ColumnType.of(TypeKind.INTEGER), "1.5"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decimalsTakeTheColumnScaleAndRespectItsPrecision() {
    ColumnType d41 = new ColumnType(TypeKind.DECIMAL, "DECIMAL", 0, 4, 1, List.of());
    assertThat(JavaValues.convert(d41, 5)).isEqualTo(new BigDecimal("5.0"));
    assertThatThrownBy(() -> JavaValues.convert(d41, 1000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JavaValues.convert(d41, "1.25"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textLengthCountsCharactersNotJavaChars() {
    ColumnType varchar5 = new ColumnType(TypeKind.VARCHAR, "VARCHAR", 5, 0, 0, List.of());
    assertThat(JavaValues.convert(varchar5, "🙂🙂🙂🙂🙂")).isEqualTo("🙂🙂🙂🙂🙂");
    assertThatThrownBy(() -> JavaValues.convert(varchar5, "🙂🙂🙂🙂🙂🙂"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void floatingPointAndBooleans() {
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.REAL), "1.5")).isEqualTo(1.5f);
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.DOUBLE), 2)).isEqualTo(2.0);
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.BOOLEAN), "yes")).isEqualTo(true);
  }

  @Test
  void isoTextBecomesTemporals() {
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.TIMESTAMP), "2020-01-01"))
        .isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0));
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.TIMESTAMP), "2020-01-01 10:30:00"))
        .isEqualTo(LocalDateTime.of(2020, 1, 1, 10, 30));
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.TIMESTAMP_TZ), "2020-01-01T10:00:00Z"))
        .isEqualTo(OffsetDateTime.of(2020, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC));
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.DATE), LocalDate.of(2020, 1, 1)))
        .isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.TIME), "08:15"))
        .isEqualTo(LocalTime.of(8, 15));
  }

  @Test
  void textMustFitTheColumnLengthAndEnumsTheirValues() {
    ColumnType v3 = new ColumnType(TypeKind.VARCHAR, "VARCHAR", 3, 0, 0, List.of());
    assertThat(JavaValues.convert(v3, "abc")).isEqualTo("abc");
    assertThatThrownBy(() -> JavaValues.convert(v3, "abcd"))
        .hasMessage("value 'abcd' does not fit type VARCHAR(3)");
    ColumnType e = new ColumnType(TypeKind.ENUM, "mood", 0, 0, 0, List.of("HAPPY", "SAD"));
    assertThat(JavaValues.convert(e, "SAD")).isEqualTo("SAD");
    assertThatThrownBy(() -> JavaValues.convert(e, "ANGRY"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void uuidsAndNulls() {
    UUID u = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.UUID), u.toString())).isEqualTo(u);
    assertThat(JavaValues.convert(ColumnType.of(TypeKind.UUID), null)).isNull();
  }
}
