package dev.synth.generate;

import dev.synth.profile.FanOutBucket;
import java.util.List;

/**
 * Children laid out over parents by a learned children-per-parent histogram: each parent draws its
 * child count from the histogram (a bucket by its share of parents, then a count within the
 * bucket's bounds, so parents without children keep their share), and a child row maps to a parent
 * through the running total. With as many child rows as drawn children the counts are exact; with
 * more or fewer (a scaled or configured row count), every family is scaled alike, which keeps the
 * histogram's shape.
 *
 * <pre>{@code
 * FanOutLayout layout = FanOutLayout.draw(buckets, 1000, 0.0, key);
 * ParentChooser byOrder = layout.chooser(layout.children(), null); // families in row order
 * }</pre>
 */
public final class FanOutLayout {
  private final long[] first;
  private final long children;
  private final long nullRows;

  private FanOutLayout(long[] first, long children, long nullRows) {
    this.first = first;
    this.children = children;
    this.nullRows = nullRows;
  }

  /**
   * Draws every parent's child count.
   *
   * @param nullFraction the share of child rows with a NULL reference, laid out after the families
   * @throws IllegalArgumentException when there are more than 2^31 - 9 parents
   */
  public static FanOutLayout draw(
      List<FanOutBucket> buckets, long parents, double nullFraction, long key) {
    if (parents > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "a learned fan-out supports up to 2^31 parents but there are " + parents);
    }
    long totalParents = buckets.stream().mapToLong(FanOutBucket::parents).sum();
    long[] first = new long[(int) parents];
    long running = 0;
    for (int p = 0; p < parents; p++) {
      first[p] = running;
      long h = Seeds.combine(key, p);
      long pick = Math.floorMod(h, totalParents);
      FanOutBucket bucket = buckets.get(buckets.size() - 1);
      for (FanOutBucket b : buckets) {
        if (pick < b.parents()) {
          bucket = b;
          break;
        }
        pick -= b.parents();
      }
      long spread = bucket.max() - bucket.min() + 1;
      running += bucket.min() + Math.floorMod(Seeds.combine(h, 1), spread);
    }
    long nullRows = nullFraction <= 0 ? 0 : Math.round(running * nullFraction / (1 - nullFraction));
    return new FanOutLayout(first, running, nullRows);
  }

  /** The child rows with a parent the draw asked for; with the NULL rows, the natural count. */
  public long children() {
    return children;
  }

  /** The child rows the draw asked for, NULL references included. */
  public long rows() {
    return children + nullRows;
  }

  /**
   * Which parent each of {@code rows} child rows references, -1 for NULL.
   *
   * @param shuffle spreads families over the table instead of laying them out in row order; needed
   *     for every foreign key but one, so two references do not move together
   */
  public ParentChooser chooser(long rows, Permutation shuffle) {
    double perRow = (double) rows() / Math.max(1, rows);
    return row -> {
      long at = shuffle == null ? row : shuffle.apply(row);
      long position = (long) (at * perRow);
      if (position >= children || first.length == 0 || children == 0) {
        return -1;
      }
      int lo = 0;
      int hi = first.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (first[mid] <= position) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    };
  }
}
