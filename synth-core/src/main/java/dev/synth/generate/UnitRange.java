package dev.synth.generate;

import java.util.Arrays;
import java.util.Collection;

/**
 * The whole units {@code [lo, hi]} minus some skipped units: integers, unscaled decimals, epoch
 * days or seconds. Picks uniformly (moving off a skipped unit to the next allowed one) and maps
 * indexes injectively to allowed units.
 */
final class UnitRange {
  private final long lo;
  private final long hi;
  private final long[] skipped;

  private UnitRange(long lo, long hi, long[] skipped) {
    this.lo = lo;
    this.hi = hi;
    this.skipped = skipped;
  }

  /** The range, or {@code null} when it holds no allowed unit. */
  static UnitRange of(long lo, long hi, Collection<Long> skip) {
    if (lo > hi) {
      return null;
    }
    long[] s =
        skip.stream()
            .mapToLong(Long::longValue)
            .filter(v -> v >= lo && v <= hi)
            .distinct()
            .sorted()
            .toArray();
    UnitRange r = new UnitRange(lo, hi, s);
    return r.size() == 0 ? null : r;
  }

  long lo() {
    return lo;
  }

  long hi() {
    return hi;
  }

  java.util.List<Long> skipped() {
    return Arrays.stream(skipped).boxed().toList();
  }

  /** How many allowed units; {@code Long.MAX_VALUE} when more than that. */
  long size() {
    long span = hi - lo + 1;
    return span <= 0 ? Long.MAX_VALUE : span - skipped.length;
  }

  long pick(Cell cell) {
    long span = hi - lo + 1;
    long v;
    if (span > 0) {
      v = lo + cell.nextLong(span);
    } else {
      do {
        v = cell.nextLong();
      } while (v < lo || v > hi);
    }
    while (Arrays.binarySearch(skipped, v) >= 0) {
      v = v == hi ? lo : v + 1;
    }
    return v;
  }

  /** How many allowed units lie below {@code v}; needs a span that fits a long. */
  long rank(long v) {
    long below = v - lo;
    for (long s : skipped) {
      if (s < v) {
        below--;
      }
    }
    return below;
  }

  /** The {@code index}-th allowed unit, counting from {@code lo}. */
  long at(long index) {
    long v = lo + index;
    for (long s : skipped) {
      if (s > v) {
        break;
      }
      v++;
    }
    return v;
  }
}
