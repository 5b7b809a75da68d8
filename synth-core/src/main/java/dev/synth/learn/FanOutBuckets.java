package dev.synth.learn;

import dev.synth.profile.FanOutBucket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups exact children-per-parent counts into buckets: one per count from 0 to 9, then ranges on a
 * 1-2-5 series ([10, 19], [20, 49], [50, 99], [100, 199], ...). A bucket reports its bounds, not
 * the counts seen in it, so the single largest family is never released exactly. A bucket of fewer
 * than k parents is merged into its lower neighbour (the lowest into its upper one), so no bucket
 * describes fewer than k parents; with fewer than k parents in all, no histogram is kept.
 */
final class FanOutBuckets {
  private static final int EXACT_BELOW = 10;

  private FanOutBuckets() {}

  static List<FanOutBucket> of(Map<Long, Long> parentsByChildren, int k) {
    Map<Long, Long> byLowerBound = new TreeMap<>();
    parentsByChildren.forEach(
        (children, parents) -> byLowerBound.merge(lower(children), parents, Long::sum));
    List<FanOutBucket> buckets = new ArrayList<>();
    byLowerBound.forEach((lo, parents) -> buckets.add(new FanOutBucket(lo, upper(lo), parents)));
    return atLeastK(buckets, k);
  }

  private static List<FanOutBucket> atLeastK(List<FanOutBucket> buckets, int k) {
    if (buckets.stream().mapToLong(FanOutBucket::parents).sum() < k) {
      return List.of();
    }
    Deque<FanOutBucket> kept = new ArrayDeque<>();
    long carried = 0;
    long carriedMax = -1;
    for (int i = buckets.size() - 1; i >= 0; i--) {
      FanOutBucket b = buckets.get(i);
      long parents = b.parents() + carried;
      long max = carriedMax >= 0 ? carriedMax : b.max();
      if (parents >= k) {
        kept.addFirst(new FanOutBucket(b.min(), max, parents));
        carried = 0;
        carriedMax = -1;
      } else {
        carried = parents;
        carriedMax = max;
      }
    }
    if (carried > 0) {
      FanOutBucket lowest = kept.removeFirst();
      kept.addFirst(
          new FanOutBucket(buckets.get(0).min(), lowest.max(), lowest.parents() + carried));
    }
    return List.copyOf(kept);
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

  static long upper(long lower) {
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
