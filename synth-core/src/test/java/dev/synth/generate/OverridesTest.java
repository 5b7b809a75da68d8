package dev.synth.generate;

import static dev.synth.generate.Columns.cell;
import static dev.synth.generate.Columns.column;
import static dev.synth.generate.Columns.decimal;
import static dev.synth.generate.Columns.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.config.ColumnConfig;
import dev.synth.schema.Column;
import dev.synth.schema.TypeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverridesTest {

  @Test
  void aFixedValueIsConvertedToTheColumnType() {
    Column discount = decimal("DISCOUNT", 4, 1);
    GeneratorChoice c = Overrides.forConfig(discount, ColumnConfig.fixed(5));
    assertThat(c.generator().next(cell(1, 0))).isEqualTo(new BigDecimal("5.0"));
  }

  @Test
  void aDateTextBecomesALocalDate() {
    GeneratorChoice c =
        Overrides.forConfig(column("D", TypeKind.DATE), ColumnConfig.fixed("2020-01-01"));
    assertThat(c.generator().next(cell(1, 0))).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void aValueThatDoesNotFitNamesTheValueAndTheColumn() {
    assertThatThrownBy(
            () -> Overrides.forConfig(column("QTY", TypeKind.INTEGER), ColumnConfig.fixed("abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value 'abc' does not fit column QTY INTEGER");
  }

  @Test
  void weightedValuesAppearInProportionToTheirWeights() {
    Map<Object, Double> weights = new LinkedHashMap<>();
    weights.put("NEW", 0.2);
    weights.put("PAID", 0.7);
    weights.put("CANCELLED", 0.1);
    ValueGenerator g =
        Overrides.forConfig(text("STATUS", TypeKind.VARCHAR, 10), ColumnConfig.values(weights))
            .generator();
    Map<Object, Integer> counts = new HashMap<>();
    for (int row = 0; row < 10_000; row++) {
      counts.merge(g.next(cell(3, row)), 1, Integer::sum);
    }
    assertThat(counts.keySet()).containsExactlyInAnyOrder("NEW", "PAID", "CANCELLED");
    assertThat(counts.get("PAID")).isBetween(6700, 7300);
    assertThat(counts.get("CANCELLED")).isBetween(800, 1200);
  }

  @Test
  void weightedKeysAreConvertedToo() {
    ValueGenerator g =
        Overrides.forConfig(
                column("LEVEL", TypeKind.SMALLINT), ColumnConfig.values(Map.of("1", 1.0, "2", 1.0)))
            .generator();
    assertThat(g.next(cell(1, 0))).isIn(1, 2);
  }

  @Test
  void aFakerExpressionProducesTextThatFitsTheColumn() {
    Column email = text("EMAIL", TypeKind.VARCHAR, 12);
    ValueGenerator g =
        Overrides.forConfig(email, ColumnConfig.faker("#{Internet.emailAddress}")).generator();
    for (int row = 0; row < 1000; row++) {
      assertThat((String) g.next(cell(4, row))).hasSizeLessThanOrEqualTo(12).isNotEmpty();
    }
    assertThat(g.next(cell(4, 1))).isEqualTo(g.next(cell(4, 1)));
  }

  @Test
  void aFakerExpressionForANumberColumnIsConverted() {
    ValueGenerator g =
        Overrides.forConfig(
                column("AGE", TypeKind.INTEGER),
                ColumnConfig.faker("#{number.numberBetween '20','30'}"))
            .generator();
    assertThat((Integer) g.next(cell(1, 0))).isBetween(20, 29);
  }

  @Test
  void anInvalidFakerExpressionNamesTheColumnAndTheExpression() {
    assertThatThrownBy(
            () ->
                Overrides.forConfig(
                    text("NICK", TypeKind.VARCHAR, 20), ColumnConfig.faker("#{Nope.nothing}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NICK")
        .hasMessageContaining("#{Nope.nothing}");
  }

  @Test
  void aRangeLimitsNumbers() {
    ValueGenerator g =
        Overrides.forConfig(decimal("DISCOUNT", 5, 2), ColumnConfig.range(0, 50)).generator();
    for (int row = 0; row < 10_000; row++) {
      assertThat((BigDecimal) g.next(cell(5, row)))
          .isBetween(BigDecimal.ZERO, new BigDecimal("50"))
          .hasScaleOf(2);
    }
  }

  @Test
  void aRangeOfIsoDatesLimitsDates() {
    ValueGenerator g =
        Overrides.forConfig(
                column("SHIPPED", TypeKind.DATE), ColumnConfig.range("2021-03-01", "2021-03-31"))
            .generator();
    for (int row = 0; row < 1000; row++) {
      assertThat((LocalDate) g.next(cell(6, row)))
          .isBetween(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31));
    }
  }

  @Test
  void aRangeThatDoesNotFitNamesTheColumn() {
    assertThatThrownBy(
            () ->
                Overrides.forConfig(column("QTY", TypeKind.INTEGER), ColumnConfig.range("abc", 5)))
        .hasMessage("value 'abc' does not fit column QTY INTEGER");
    assertThatThrownBy(
            () ->
                Overrides.forConfig(column("QTY", TypeKind.TINYINT), ColumnConfig.range(500, 600)))
        .hasMessageContaining("QTY")
        .hasMessageContaining("TINYINT");
  }

  @Test
  void aConfigWithOnlyANullFractionChoosesNoValues() {
    ColumnConfig onlyNulls = new ColumnConfig(null, Map.of(), null, null, null, 0.5);
    assertThat(Overrides.hasRule(onlyNulls)).isFalse();
    assertThatThrownBy(() -> Overrides.forConfig(column("X", TypeKind.INTEGER), onlyNulls))
        .hasMessageContaining("X");
  }
}
