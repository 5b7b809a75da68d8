package dev.synth.learn;

import dev.synth.profile.FanOutBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups exact children-per-parent counts into buckets: one per count from 0 to 9, then ranges on a
 * 1-2-5 series ([10, 19], [20, 49], [50, 99], [100, 199], ...). A bucket reports its bounds, not
 * the counts seen in it, so the single largest family is never released exactly.
 */
final class FanOutBuckets {
  private static final int EXACT_BELOW = 10;

  private FanOutBuckets() {}

  static List<FanOutBucket> of(Map<Long, Long> parentsByChildren) {
    Map<Long, Long> byLowerBound = new TreeMap<>();
    parentsByChildren.forEach(
        (children, parents) -> byLowerBound.merge(lower(children), parents, Long::sum));
    List<FanOutBucket> buckets = new ArrayList<>();
    byLowerBound.forEach((lo, parents) -> buckets.add(new FanOutBucket(lo, upper(lo), parents)));
    return buckets;
  }

  static long lower(long children) {
    if (children < EXACT_BELOW) {
      return children;
    }
    long bound = EXACT_BELOW;
    while (next(bound) <= children) {
      bound = next(bound);
    }
    return bound;
  }

  private static long upper(long lower) {
    return lower < EXACT_BELOW ? lower : next(lower) - 1;
  }

  /** The 1-2-5 series: 10, 20, 50, 100, 200, 500, ... */
  private static long next(long bound) {
    long decade = 1;
    while (decade * 10 <= bound) {
      decade *= 10;
    }
    long digit = bound / decade;
    return digit == 1 ? 2 * decade : digit == 2 ? 5 * decade : 10 * decade;
  }
}
