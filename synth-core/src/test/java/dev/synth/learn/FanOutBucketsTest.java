package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.profile.FanOutBucket;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FanOutBucketsTest {

  @Test
  void smallCountsStayExactAndLargerOnesFollowTheOneTwoFiveSeries() {
    assertThat(FanOutBuckets.lower(0)).isZero();
    assertThat(FanOutBuckets.lower(9)).isEqualTo(9);
    assertThat(FanOutBuckets.lower(19)).isEqualTo(10);
    assertThat(FanOutBuckets.lower(20)).isEqualTo(20);
    assertThat(FanOutBuckets.lower(49)).isEqualTo(20);
    assertThat(FanOutBuckets.lower(50)).isEqualTo(50);
    assertThat(FanOutBuckets.lower(1234)).isEqualTo(1000);
  }

  @Test
  void bucketsReportTheirBoundsNotTheLargestFamily() {
    Map<Long, Long> parentsByChildren = new TreeMap<>(Map.of(0L, 3L, 2L, 5L, 23L, 1L, 47L, 2L));

    assertThat(FanOutBuckets.of(parentsByChildren, 1))
        .containsExactly(
            new FanOutBucket(0, 0, 3), new FanOutBucket(2, 2, 5), new FanOutBucket(20, 49, 3));
  }

  @Test
  void bucketsOfFewerThanKParentsMergeIntoTheirNeighbours() {
    Map<Long, Long> parentsByChildren =
        new TreeMap<>(Map.of(0L, 4L, 1L, 12L, 2L, 3L, 3L, 11L, 7L, 2L, 150L, 1L));

    assertThat(FanOutBuckets.of(parentsByChildren, 10))
        .containsExactly(new FanOutBucket(0, 2, 19), new FanOutBucket(3, 199, 14));
  }

  @Test
  void fewerThanKParentsInAllKeepNoHistogram() {
    assertThat(FanOutBuckets.of(Map.of(0L, 4L, 1L, 5L), 10)).isEmpty();
  }
}
