package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synth.schema.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoisyTreeTest {
  private final QuantileGrid numbers = QuantileGrid.numbers();

  @Test
  void theNumberGridIsOrderedAndItsBinsHoldTheirValues() {
    double[] values = {-1e9, -3.5, -1, -1e-9, 0, 1e-9, 1, 2, 3, 15, 16, 17, 1000, 1e12};
    long previous = Long.MIN_VALUE;
    for (double v : values) {
      long bin = numbers.bin(v);
      assertThat(bin).isGreaterThanOrEqualTo(previous);
      assertThat(numbers.value(bin)).isLessThanOrEqualTo(v);
      assertThat(numbers.value(bin + 1.0)).isGreaterThanOrEqualTo(v);
      previous = bin;
    }
    assertThat(numbers.bin(0)).isZero();
    assertThat(numbers.bin(-1e-12)).as("magnitudes below 2^-32 count as zero").isZero();
    assertThat(numbers.value(0.7)).isZero();
  }

  @Test
  void smallWholeNumbersHaveBinsOfTheirOwn() {
    for (int i = 1; i < QuantileGrid.PER_OCTAVE; i++) {
      assertThat(numbers.bin(i)).isNotEqualTo(numbers.bin(i + 1));
      assertThat(numbers.value(numbers.bin(i))).isEqualTo(i);
    }
  }

  @Test
  void withoutNoiseTheQuantilesOfADenseColumnAreSharp() {
    NoisyTree tree = new NoisyTree(numbers, TestNoise.silent(), 1, 10);
    for (int v = 1; v <= 100; v++) {
      tree.add(v, 100);
    }

    List<Double> q = tree.quantiles();

    assertThat(q).hasSize(99).isSorted();
    assertThat(q.get(49)).isCloseTo(50, within(2.0));
    assertThat(q.get(89)).isCloseTo(90, within(3.0));
  }

  @Test
  void zerosKeepTheirExactValueAndSparseTailsComeFromCoarserBins() {
    NoisyTree tree = new NoisyTree(numbers, TestNoise.silent(), 1, 50);
    tree.add(0, 900);
    for (int v = 10; v <= 1000; v += 10) {
      tree.add(v, 1);
    }

    List<Double> q = tree.quantiles();

    assertThat(q.get(49)).isZero();
    assertThat(q.get(88)).isZero();
    assertThat(q.get(94)).isBetween(10.0, 1100.0);
  }

  @Test
  void binsBelowTheBarAreNotReleasedAtAnyLevel() {
    NoisyTree tree = new NoisyTree(numbers, TestNoise.silent(), 1, 1000);
    tree.add(5, 999);

    assertThat(tree.quantiles()).isEmpty();
  }

  @Test
  void datePositionsRoundTripThroughTheirText() {
    double day = ValuePosition.of("2024-02-29", TypeKind.DATE);
    QuantileGrid dates = QuantileGrid.of(TypeKind.DATE);

    assertThat(
            ValuePosition.text(
                dates.value(dates.bin(day) + 0.5), dev.synth.schema.ColumnType.of(TypeKind.DATE)))
        .isEqualTo("2024-02-29");
    assertThat(ValuePosition.of("not a date", TypeKind.DATE)).isNaN();
    assertThat(QuantileGrid.of(TypeKind.TIME_TZ)).isNull();
  }
}
