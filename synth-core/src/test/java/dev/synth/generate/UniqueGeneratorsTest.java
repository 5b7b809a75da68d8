package dev.synth.generate;

import static dev.synth.generate.Columns.cell;
import static dev.synth.generate.Columns.column;
import static dev.synth.generate.Columns.decimal;
import static dev.synth.generate.Columns.table;
import static dev.synth.generate.Columns.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.schema.Column;
import dev.synth.schema.TypeKind;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UniqueGeneratorsTest {
  private static final int INDEXES = 100_000;

  static Stream<Arguments> largeDomains() {
    return Stream.of(
        Arguments.of(column("ID", TypeKind.INTEGER), Bounds.NONE),
        Arguments.of(column("ID", TypeKind.BIGINT), range(1, 1_000_000)),
        Arguments.of(decimal("CODE", 8, 2), Bounds.NONE),
        Arguments.of(column("R", TypeKind.REAL), Bounds.NONE),
        Arguments.of(column("D", TypeKind.DOUBLE), range(0, 1)),
        Arguments.of(text("EMAIL", TypeKind.VARCHAR, 30), Bounds.NONE),
        Arguments.of(text("USERNAME", TypeKind.VARCHAR, 20), Bounds.NONE),
        Arguments.of(text("SKU", TypeKind.VARCHAR, 12), Bounds.NONE),
        Arguments.of(text("CODE", TypeKind.CHAR, 4), Bounds.NONE),
        Arguments.of(text("NOTE", TypeKind.CLOB, 0), Bounds.NONE),
        Arguments.of(text("EXTERNAL_GUID", TypeKind.VARCHAR, 36), Bounds.NONE),
        Arguments.of(column("DAY", TypeKind.DATE), Bounds.NONE.withMin("1700-01-01", true)),
        Arguments.of(column("AT", TypeKind.TIMESTAMP), Bounds.NONE),
        Arguments.of(column("AT", TypeKind.TIMESTAMP_TZ), Bounds.NONE),
        Arguments.of(column("U", TypeKind.UUID), Bounds.NONE),
        Arguments.of(text("B", TypeKind.BINARY, 16), Bounds.NONE),
        Arguments.of(text("B", TypeKind.VARBINARY, 3), Bounds.NONE),
        Arguments.of(column("J", TypeKind.JSON), Bounds.NONE));
  }

  @ParameterizedTest(name = "{0} within {1}")
  @MethodSource("largeDomains")
  void distinctIndexesGiveDistinctValidValues(Column column, Bounds bounds) {
    UniqueGenerator g = UniqueGenerators.forColumn(table("T", column), column, bounds);
    assertThat(g.capacity()).isGreaterThanOrEqualTo(INDEXES);
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < INDEXES; i++) {
      Object v = g.at(i, cell(1, i));
      if (i % 10 == 0) {
        ValidValues.assertValid(column, bounds, v);
      }
      seen.add(v instanceof byte[] b ? ByteBuffer.wrap(b) : v);
    }
    assertThat(seen).hasSize(INDEXES);
    assertThat(g.describe()).isNotBlank();
  }

  static Stream<Arguments> smallDomains() {
    return Stream.of(
        Arguments.of(column("B", TypeKind.BOOLEAN), Bounds.NONE, 2),
        Arguments.of(column("B", TypeKind.BOOLEAN), Bounds.NONE.withExcluded(List.of(false)), 1),
        Arguments.of(text("C", TypeKind.CHAR, 1), Bounds.NONE, 36),
        Arguments.of(text("C", TypeKind.VARCHAR, 2), Bounds.NONE, 36 * 36),
        Arguments.of(
            text("C", TypeKind.CHAR, 3),
            Bounds.NONE.withExcluded(List.of("00A", "zz")),
            36 * 36 * 36 - 1),
        Arguments.of(text("USERNAME", TypeKind.VARCHAR, 3), Bounds.NONE, 100),
        Arguments.of(text("EMAIL", TypeKind.VARCHAR, 15), Bounds.NONE, 100),
        Arguments.of(column("T", TypeKind.TINYINT), Bounds.NONE, 256),
        Arguments.of(column("T", TypeKind.TINYINT), range(1, 10).withExcluded(List.of(5)), 9),
        Arguments.of(decimal("D", 3, 1), range(0, 1), 11),
        Arguments.of(
            column("D", TypeKind.DATE),
            Bounds.NONE.withMin("2020-02-01", true).withMax("2020-03-01", false),
            29),
        Arguments.of(column("T", TypeKind.TIME), Bounds.NONE, 86_400),
        Arguments.of(Columns.enumColumn("S", "NEW", "PAID", "SENT"), Bounds.NONE, 3),
        Arguments.of(
            column("I", TypeKind.INTEGER),
            Bounds.NONE.withAllowed(List.of(1, 2, 3)).withExcluded(List.of(2)),
            2),
        Arguments.of(text("B", TypeKind.VARBINARY, 1), Bounds.NONE, 256));
  }

  @ParameterizedTest(name = "{0} within {1} has capacity {2}")
  @MethodSource("smallDomains")
  void smallDomainsHaveTheirExactCapacityAndUseAllOfIt(Column column, Bounds bounds, int size) {
    UniqueGenerator g = UniqueGenerators.forColumn(table("T", column), column, bounds);
    assertThat(g.capacity()).isEqualTo(size);
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < size; i++) {
      Object v = g.at(i, cell(2, i));
      ValidValues.assertValid(column, bounds, v);
      seen.add(v instanceof byte[] b ? ByteBuffer.wrap(b) : v);
    }
    assertThat(seen).hasSize(size);
  }

  @Test
  void integersCountUpFromTheMinimum() {
    Column id = column("ID", TypeKind.INTEGER);
    UniqueGenerator g = UniqueGenerators.forColumn(table("T", id), id, range(1, 99));
    assertThat(g.capacity()).isEqualTo(99);
    assertThat(g.at(0, cell(1, 0))).isEqualTo(1);
    assertThat(g.at(98, cell(1, 0))).isEqualTo(99);
  }

  @Test
  void keysWithoutALowerBoundStartAtOneAndUseTheNegativesLast() {
    Column id = column("ID", TypeKind.TINYINT);
    UniqueGenerator g = UniqueGenerators.forColumn(table("T", id), id, Bounds.NONE);
    assertThat(g.at(0, cell(1, 0))).isEqualTo(1);
    assertThat(g.at(126, cell(1, 0))).isEqualTo(127);
    assertThat(g.at(127, cell(1, 0))).isEqualTo(-128);
    assertThat(g.at(255, cell(1, 0))).isEqualTo(0);
    Column big = column("ID", TypeKind.BIGINT);
    assertThat(UniqueGenerators.forColumn(table("T", big), big, Bounds.NONE).at(0, cell(1, 0)))
        .isEqualTo(1L);
  }

  @Test
  void uniqueEmailsLookLikeEmails() {
    Column email = text("CUSTOMER_EMAIL", TypeKind.VARCHAR, 40);
    UniqueGenerator g = UniqueGenerators.forColumn(table("T", email), email, Bounds.NONE);
    assertThat((String) g.at(1234, cell(1, 5))).matches("[a-z.]+1234@example\\.com");
  }

  @Test
  void anIndexBeyondTheCapacityIsRefused() {
    Column flag = column("B", TypeKind.BOOLEAN);
    UniqueGenerator g = UniqueGenerators.forColumn(table("T", flag), flag, Bounds.NONE);
    assertThatThrownBy(() -> g.at(2, cell(1, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 2)");
  }

  private static Bounds range(long min, long max) {
    return Bounds.NONE
        .withMin(BigDecimal.valueOf(min), true)
        .withMax(BigDecimal.valueOf(max), true);
  }
}
