package dev.synth.generate;

/**
 * Picks which parent row a child row references, as a pure function of the child's row. Returns -1
 * for "no parent" (a NULL reference, e.g. the root of a tree).
 *
 * <pre>{@code
 * ParentChooser any = ParentChooser.uniform(500, key);
 * any.parent(17); // in [0, 500)
 * }</pre>
 */
@FunctionalInterface
public interface ParentChooser {

  long parent(long row);

  /** Any parent, uniformly. */
  static ParentChooser uniform(long parents, long key) {
    return row -> Math.floorMod(Seeds.combine(key, row), parents);
  }

  /**
   * A tree inside one table: row 0 and about {@code rootFraction} of the others are roots (when
   * roots are allowed), every other row points at an earlier row.
   */
  static ParentChooser earlierRow(long key, boolean rootsAllowed, double rootFraction) {
    return row -> {
      long h = Seeds.combine(key, row);
      if (row == 0) {
        return rootsAllowed ? -1 : 0;
      }
      if (rootsAllowed && (h >>> 11) * 0x1.0p-53 < rootFraction) {
        return -1;
      }
      return Math.floorMod(Seeds.combine(h, 1), row);
    };
  }

  /**
   * Children laid out parent by parent: {@code firstChild[p]} is the first child row of parent
   * {@code p}, so each parent gets the number of children its sizing gave it.
   */
  static ParentChooser contiguous(long[] firstChild) {
    return row -> {
      // The last parent whose first child is at or before the row: it owns the row.
      int lo = 0;
      int hi = firstChild.length - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (firstChild[mid] <= row) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    };
  }

  /**
   * One digit of a distinct combination of several parents (a join table's composite key): the row
   * is permuted over the product of the parents' sizes and split in mixed radix.
   */
  static ParentChooser combination(Permutation product, long[] sizes, int position) {
    return row -> {
      long k = product.apply(row);
      for (int i = sizes.length - 1; i > position; i--) {
        k /= sizes[i];
      }
      return k % sizes[position];
    };
  }
}
