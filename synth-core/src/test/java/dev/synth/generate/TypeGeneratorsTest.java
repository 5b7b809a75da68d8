package dev.synth.generate;

import static dev.synth.generate.Columns.cell;
import static dev.synth.generate.Columns.column;
import static dev.synth.generate.Columns.decimal;
import static dev.synth.generate.Columns.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.TypeKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeGeneratorsTest {
  private static final int CELLS = 10_000;

  static Stream<Arguments> columnsAndBounds() {
    Bounds none = Bounds.NONE;
    return Stream.of(
        Arguments.of(column("B", TypeKind.BOOLEAN), none),
        Arguments.of(column("B", TypeKind.BOOLEAN), none.withExcluded(List.of(true))),
        Arguments.of(column("T", TypeKind.TINYINT), none),
        Arguments.of(column("S", TypeKind.SMALLINT), none),
        Arguments.of(column("I", TypeKind.INTEGER), none),
        Arguments.of(column("I", TypeKind.INTEGER), range(1, true, 99, true)),
        Arguments.of(
            column("I", TypeKind.INTEGER),
            range(0, false, 3, false).withExcluded(List.of(new BigDecimal("1")))),
        Arguments.of(column("I", TypeKind.INTEGER), range(-5.5, true, 5.5, true)),
        Arguments.of(column("T", TypeKind.TINYINT), range(100, true, 1000, true)),
        Arguments.of(column("L", TypeKind.BIGINT), none),
        Arguments.of(column("L", TypeKind.BIGINT), range(0, false, null, true)),
        Arguments.of(decimal("D", 6, 2), none),
        Arguments.of(decimal("D", 4, 1), range(0, false, 10, false)),
        Arguments.of(decimal("D", 1, 1), none),
        Arguments.of(decimal("D", 30, 4), none),
        Arguments.of(decimal("D", 0, 0), none),
        Arguments.of(decimal("D", 0, 3), range(-1, true, 1, true)),
        Arguments.of(column("R", TypeKind.REAL), none),
        Arguments.of(column("R", TypeKind.REAL), range(0, false, 1, false)),
        Arguments.of(column("F", TypeKind.DOUBLE), range(-2.5, true, 2.5, false)),
        Arguments.of(text("C", TypeKind.CHAR, 1), none),
        Arguments.of(text("C", TypeKind.CHAR, 10), none),
        Arguments.of(text("V", TypeKind.VARCHAR, 1), none),
        Arguments.of(text("V", TypeKind.VARCHAR, 5), none.withExcluded(List.of("a"))),
        Arguments.of(text("V", TypeKind.VARCHAR, 255), none.withLength(3, 8)),
        Arguments.of(text("V", TypeKind.VARCHAR, 0), none),
        Arguments.of(text("L", TypeKind.CLOB, 0), none),
        Arguments.of(text("L", TypeKind.CLOB, 50), none),
        Arguments.of(column("D", TypeKind.DATE), none),
        Arguments.of(column("D", TypeKind.DATE), range("2020-02-01", false, "2020-02-03", false)),
        Arguments.of(column("D", TypeKind.DATE), none.withMin(LocalDate.of(2030, 1, 1), true)),
        Arguments.of(
            column("T", TypeKind.TIME), none.withMin("09:00", true).withMax("17:00:00", false)),
        Arguments.of(column("T", TypeKind.TIME_TZ), none),
        Arguments.of(column("S", TypeKind.TIMESTAMP), none),
        Arguments.of(
            column("S", TypeKind.TIMESTAMP),
            none.withMax(LocalDateTime.of(2000, 1, 1, 0, 0), false)),
        Arguments.of(
            column("S", TypeKind.TIMESTAMP_TZ),
            range("2020-01-01T00:00:00Z", true, "2020-01-01T00:00:10+00:00", true)),
        Arguments.of(column("U", TypeKind.UUID), none),
        Arguments.of(text("B", TypeKind.BINARY, 4), none),
        Arguments.of(column("B", TypeKind.BINARY), none),
        Arguments.of(text("B", TypeKind.VARBINARY, 3), none),
        Arguments.of(column("B", TypeKind.BLOB), none),
        Arguments.of(Columns.enumColumn("E", "NEW", "PAID", "CANCELLED"), none),
        Arguments.of(
            Columns.enumColumn("E", "NEW", "PAID", "CANCELLED"),
            none.withExcluded(List.of("PAID"))),
        Arguments.of(column("J", TypeKind.JSON), none),
        Arguments.of(
            column("I", TypeKind.INTEGER),
            none.withAllowed(List.of(new BigDecimal("1"), "2", 3L)).withExcluded(List.of(2))),
        Arguments.of(text("V", TypeKind.VARCHAR, 4), none.withAllowed(List.of("NEW", "PAID"))));
  }

  @ParameterizedTest(name = "{0} within {1}")
  @MethodSource("columnsAndBounds")
  void everyValueHasTheColumnsJavaTypeAndSatisfiesTheBounds(Column column, Bounds bounds) {
    ValueGenerator g = TypeGenerators.forType(column, bounds).generator();
    for (int row = 0; row < CELLS; row++) {
      ValidValues.assertValid(column, bounds, g.next(cell(7, row)));
    }
  }

  @ParameterizedTest(name = "{0} within {1}")
  @MethodSource("columnsAndBounds")
  void theSameCellGivesTheSameValue(Column column, Bounds bounds) {
    ValueGenerator g = TypeGenerators.forType(column, bounds).generator();
    for (int row = 0; row < 100; row++) {
      assertThat(g.next(cell(7, row))).isEqualTo(g.next(cell(7, row)));
    }
  }

  @Test
  void differentSeedsGiveMostlyDifferentValues() {
    ValueGenerator g =
        TypeGenerators.forType(column("L", TypeKind.BIGINT), Bounds.NONE).generator();
    int same = 0;
    for (int row = 0; row < 1000; row++) {
      same += g.next(cell(1, row)).equals(g.next(cell(2, row))) ? 1 : 0;
    }
    assertThat(same).isLessThan(5);
  }

  @Test
  void everyValueOfASmallRangeIsReached() {
    ValueGenerator g =
        TypeGenerators.forType(column("I", TypeKind.INTEGER), range(1, true, 5, true)).generator();
    Set<Object> seen = new HashSet<>();
    for (int row = 0; row < 1000; row++) {
      seen.add(g.next(cell(3, row)));
    }
    assertThat(seen).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
  }

  @Test
  void textLengthsSpreadOverTheAllowedRange() {
    ValueGenerator g =
        TypeGenerators.forType(text("V", TypeKind.VARCHAR, 10), Bounds.NONE).generator();
    Set<Integer> lengths = new HashSet<>();
    for (int row = 0; row < 1000; row++) {
      lengths.add(((String) g.next(cell(4, row))).length());
    }
    assertThat(lengths).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void datesStayInTheFixedReferenceWindowWithoutBounds() {
    ValueGenerator g = TypeGenerators.forType(column("D", TypeKind.DATE), Bounds.NONE).generator();
    for (int row = 0; row < CELLS; row++) {
      assertThat((LocalDate) g.next(cell(5, row)))
          .isBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 12, 31));
    }
  }

  @Test
  void describesTheRangeForADryRun() {
    assertThat(
            TypeGenerators.forType(column("QTY", TypeKind.INTEGER), range(1, true, 99, true))
                .description())
        .isEqualTo("INTEGER in [1, 99]");
    assertThat(
            TypeGenerators.forType(Columns.enumColumn("S", "NEW", "PAID"), Bounds.NONE)
                .description())
        .isEqualTo("one of [NEW, PAID]");
  }

  @Test
  void impossibleBoundsNameTheColumnTheBoundsAndTheType() {
    assertThatThrownBy(
            () -> TypeGenerators.forType(column("QTY", TypeKind.INTEGER), range(5, true, 3, true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QTY")
        .hasMessageContaining(">= 5")
        .hasMessageContaining("<= 3")
        .hasMessageContaining("INTEGER");
    assertThatThrownBy(
            () ->
                TypeGenerators.forType(column("QTY", TypeKind.INTEGER), range(1, false, 2, false)))
        .hasMessageContaining("QTY");
    assertThatThrownBy(
            () ->
                TypeGenerators.forType(
                    column("QTY", TypeKind.TINYINT), Bounds.NONE.withAllowed(List.of(1000))))
        .hasMessageContaining("1000")
        .hasMessageContaining("TINYINT");
    assertThatThrownBy(
            () ->
                TypeGenerators.forType(
                    text("C", TypeKind.VARCHAR, 3), Bounds.NONE.withLength(5, 0)))
        .hasMessageContaining("VARCHAR(3)");
  }

  @Test
  void yearMonthIntervalsAndOtherTypesAreNotGenerated() {
    Column yearMonth =
        new Column(
            "X",
            new ColumnType(TypeKind.INTERVAL, "INTERVAL YEAR TO MONTH", 0, 0, 0, List.of()),
            false,
            false,
            null);
    assertThatThrownBy(() -> TypeGenerators.forType(yearMonth, Bounds.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X");
    assertThatThrownBy(() -> TypeGenerators.forType(column("X", TypeKind.OTHER), Bounds.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TypeGenerators.generates(ColumnType.arrayOf(ColumnType.of(TypeKind.OTHER), "x[]")))
        .isFalse();
  }

  @Test
  void intervalsArePositiveDurationsOfAtMostThirtyDays() {
    Column span =
        new Column(
            "SPAN",
            new ColumnType(TypeKind.INTERVAL, "interval", 0, 0, 0, List.of()),
            false,
            false,
            null);
    var generator = TypeGenerators.forType(span, Bounds.NONE).generator();
    for (long row = 0; row < 200; row++) {
      assertThat((Duration) generator.next(cell(11, row)))
          .isPositive()
          .isLessThanOrEqualTo(Duration.ofDays(30));
    }
  }

  @Test
  void arraysHoldZeroToThreeValidElements() {
    ColumnType element = new ColumnType(TypeKind.VARCHAR, "varchar", 4, 0, 0, List.of());
    Column codes =
        new Column("CODES", ColumnType.arrayOf(element, "varchar ARRAY"), false, false, null);
    var generator = TypeGenerators.forType(codes, Bounds.NONE).generator();
    for (long row = 0; row < 200; row++) {
      List<?> value = (List<?>) generator.next(cell(11, row));
      assertThat(value).hasSizeLessThanOrEqualTo(3);
      assertThat(value).allSatisfy(v -> assertThat((String) v).hasSizeBetween(1, 4));
    }
  }

  static Bounds range(Object min, boolean minInclusive, Object max, boolean maxInclusive) {
    Bounds b = Bounds.NONE;
    if (min != null) {
      b = b.withMin(min instanceof Number n ? new BigDecimal(n.toString()) : min, minInclusive);
    }
    if (max != null) {
      b = b.withMax(max instanceof Number n ? new BigDecimal(n.toString()) : max, maxInclusive);
    }
    return b;
  }
}
