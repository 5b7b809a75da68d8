package dev.synth.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.introspect.ColumnTypes.Family;
import dev.synth.schema.Condition;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ImpliedChecksTest {

  @Test
  void aMysqlYearHoldsOnly1901To2155() {
    assertThat(ImpliedChecks.of(Family.MYSQL, "year", "BORN").orElseThrow().condition())
        .isEqualTo(
            new Condition.Between("BORN", BigDecimal.valueOf(1901), BigDecimal.valueOf(2155)));
  }

  @Test
  void anUnsignedBigintHoldsNothingBelowZero() {
    assertThat(
            ImpliedChecks.of(Family.MYSQL, "bigint(20) unsigned", "QTY").orElseThrow().condition())
        .isEqualTo(new Condition.Compare("QTY", Condition.Op.GE, BigDecimal.ZERO));
  }

  @Test
  void narrowUnsignedIntegersAndBitsHoldTheirWidth() {
    assertThat(ImpliedChecks.of(Family.MYSQL, "tinyint(3) unsigned", "Q").orElseThrow().condition())
        .isEqualTo(new Condition.Between("Q", BigDecimal.ZERO, BigDecimal.valueOf(255)));
    assertThat(ImpliedChecks.of(Family.MYSQL, "mediumint(9)", "Q").orElseThrow().condition())
        .isEqualTo(
            new Condition.Between("Q", BigDecimal.valueOf(-8388608), BigDecimal.valueOf(8388607)));
    assertThat(ImpliedChecks.of(Family.MYSQL, "bit(5)", "B").orElseThrow().condition())
        .isEqualTo(new Condition.Between("B", BigDecimal.ZERO, BigDecimal.valueOf(31)));
  }

  @Test
  void aMysqlTimestampStaysWithin1970And2038() {
    Condition.Between range =
        (Condition.Between)
            ImpliedChecks.of(Family.MYSQL, "timestamp", "AT").orElseThrow().condition();
    assertThat(range.low().toString()).startsWith("1970-01-");
    assertThat(range.high().toString()).startsWith("2038-01-");
  }

  @Test
  void otherTypesAndDatabasesImplyNothing() {
    assertThat(ImpliedChecks.of(Family.MYSQL, "int", "QTY")).isEmpty();
    assertThat(ImpliedChecks.of(Family.POSTGRES, "year", "BORN")).isEmpty();
  }
}
