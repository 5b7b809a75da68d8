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
   * A tree inside one table with a given number of rows per depth, e.g. a profile's {@code depths}:
   * the rows are laid out level by level, the level sizes scaled from {@code rowsPerLevel} to
   * {@code rows} (largest remainders; at least one root). Rows of the first block are roots ({@code
   * -1}, a NULL reference, or, when roots are not allowed, the row itself); each row of a later
   * block references a row of the block before it, picked by a hash of {@code key} and the row, so
   * parents are always earlier rows and the tree's depth histogram is the scaled one. Levels are
   * taken in order: an empty level, or a gap in a profile's depths, closes up.
   *
   * <pre>{@code
   * ParentChooser managers = ParentChooser.byDepth(1000, new long[] {10, 30, 60}, key, true);
   * managers.parent(5);   // -1: rows 0..99 are roots
   * managers.parent(150); // in [0, 100): depth 1
   * managers.parent(700); // in [100, 400): depth 2
   * }</pre>
   *
   * @param rowsPerLevel the rows at depth 0, 1, 2... in the source, none negative, not all 0
   */
  static ParentChooser byDepth(long rows, long[] rowsPerLevel, long key, boolean rootsAllowed) {
    long[] starts = DepthBlocks.starts(rows, rowsPerLevel);
    return row -> {
      int level = DepthBlocks.levelOf(starts, row);
      if (level == 0) {
        return rootsAllowed ? -1 : row;
      }
      long first = starts[level - 1];
      return first + Math.floorMod(Seeds.combine(key, row), starts[level] - first);
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
