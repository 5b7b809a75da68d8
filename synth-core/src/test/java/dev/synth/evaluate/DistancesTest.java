package dev.synth.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.synth.profile.Categories;
import dev.synth.profile.Correlation;
import dev.synth.profile.FanOutBucket;
import dev.synth.profile.Frequency;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DistancesTest {
  private static final double EXACT = 1e-9;

  /** 101 clipped points of a column whose values are {@code from}, {@code from + 1}, ... */
  private static double[] uniform(double from) {
    double[] points = IntStream.rangeClosed(0, 100).mapToDouble(i -> from + i).toArray();
    points[0] = points[1];
    points[100] = points[99];
    return points;
  }

  /** Points of a column that is 0 in {@code zeros} percent of rows, then 1, 2, 3, ... */
  private static double[] zeroInflated(int zeros) {
    return IntStream.rangeClosed(0, 100).mapToDouble(i -> i < zeros ? 0 : i - zeros + 1).toArray();
  }

  @Test
  void samePointsHaveNoKsDistance() {
    assertThat(StepCdf.ks(new StepCdf(uniform(0), 0.1), new StepCdf(uniform(0), 0.1))).isZero();
  }

  @Test
  void pointsShiftedByHalfTheirRangeAreHalfApart() {
    assertThat(StepCdf.ks(new StepCdf(uniform(0), 0), new StepCdf(uniform(50), 0)))
        .isCloseTo(0.5, within(0.015));
  }

  @Test
  void disjointColumnsAreAWholeApart() {
    assertThat(StepCdf.ks(new StepCdf(uniform(0), 0), new StepCdf(uniform(1000), 0)))
        .isCloseTo(1.0, within(EXACT));
  }

  @Test
  void tiedPointsAreOneJumpSoZeroInflationComparesByTheShareOfZeros() {
    double ks = StepCdf.ks(new StepCdf(zeroInflated(90), 0), new StepCdf(zeroInflated(80), 0));

    assertThat(ks).isCloseTo(0.1, within(0.006));
  }

  @Test
  void nullIsAValueBelowEveryOther() {
    assertThat(StepCdf.ks(new StepCdf(uniform(0), 0), new StepCdf(uniform(0), 0.3)))
        .isCloseTo(0.3, within(EXACT));
    assertThat(StepCdf.ks(new StepCdf(uniform(0), 0.2), new StepCdf(new double[0], 1)))
        .isCloseTo(0.8, within(EXACT));
  }

  @Test
  void categoriesComparedWithOtherAndNullAsTwoMoreValues() {
    Categories reference =
        new Categories(List.of(new Frequency("a", 40), new Frequency("b", 40)), 10);
    Categories synthetic =
        new Categories(List.of(new Frequency("a", 50), new Frequency("z", 30)), 20);

    // shares a .4 .5, b .4 0, other .1 .5 (z is other), null .1 0
    assertThat(CategoryDistance.tvd(reference, 0.1, 100, synthetic, 0, 100))
        .isCloseTo(0.5 * (0.1 + 0.4 + 0.4 + 0.1), within(EXACT));
  }

  @Test
  void fanOutsOutsideEveryReferenceBucketFallInOneExtraBin() {
    List<FanOutBucket> reference =
        List.of(
            new FanOutBucket(0, 0, 10), new FanOutBucket(2, 2, 10), new FanOutBucket(10, 19, 20));
    List<FanOutBucket> synthetic =
        List.of(
            new FanOutBucket(0, 0, 10),
            new FanOutBucket(1, 1, 5),
            new FanOutBucket(12, 12, 10),
            new FanOutBucket(15, 15, 10),
            new FanOutBucket(40, 40, 5));

    // reference .25 .25 .5 + 0; synthetic .25 0 .5 + .25 (counts 1 and 40)
    assertThat(FanOutDistance.tvd(reference, synthetic)).isCloseTo(0.25, within(EXACT));
  }

  @Test
  void aCorrelationTheSyntheticSideLacksCountsAsZero() {
    List<Correlation> reference =
        List.of(new Correlation("A", "B", 0.8), new Correlation("A", "C", -0.4));
    List<Correlation> synthetic = List.of(new Correlation("B", "A", 0.6));

    assertThat(CorrelationGap.mad(reference, synthetic)).isCloseTo(0.3, within(EXACT));
    assertThat(CorrelationGap.mad(List.of(), synthetic)).isNaN();
  }

  @Test
  void quantilePointsOfEveryTypeReadOnOneAxisEach() {
    assertThat(PointValues.parse("12.50", "C")).isEqualTo(12.5);
    assertThat(PointValues.parse("NaN", "C")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(PointValues.parse("1970-01-02", "C")).isEqualTo(86_400);
    assertThat(PointValues.parse("1970-01-01T01:00", "C")).isEqualTo(3_600);
    assertThat(PointValues.parse("1970-01-01T01:00+01:00", "C")).isZero();
    assertThat(PointValues.parse("1970-01-01T01:00Z", "C")).isEqualTo(3_600);
    assertThat(PointValues.parse("00:01:30.5", "C")).isEqualTo(90.5);
    assertThat(PointValues.parse("02:00+02:00", "C")).isZero();
    assertThatThrownBy(() -> PointValues.parse("PAID", "ORDERS.STATUS"))
        .hasMessageContaining("'PAID' of column ORDERS.STATUS");
  }
}
