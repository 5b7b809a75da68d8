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
  void anUnsignedIntegerHoldsNothingBelowZero() {
    assertThat(ImpliedChecks.of(Family.MYSQL, "int unsigned", "QTY").orElseThrow().condition())
        .isEqualTo(new Condition.Compare("QTY", Condition.Op.GE, BigDecimal.ZERO));
  }

  @Test
  void otherTypesAndDatabasesImplyNothing() {
    assertThat(ImpliedChecks.of(Family.MYSQL, "int", "QTY")).isEmpty();
    assertThat(ImpliedChecks.of(Family.POSTGRES, "year", "BORN")).isEmpty();
  }
}
