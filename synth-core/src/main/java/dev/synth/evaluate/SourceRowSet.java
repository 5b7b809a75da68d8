package dev.synth.evaluate;

import java.util.Arrays;

/**
 * The hashes of a source table's rows, in at most {@code limit} longs (8 bytes a row) whatever the
 * table's size. While the rows fit, every hash is held. When they do not, the set keeps only the
 * hashes whose leading {@code level} bits are zero, a share of 2^-level of the hash space, raising
 * the level until the held hashes fit: as the hash spreads rows evenly, that is a random share of
 * the distinct rows, and a synthetic row whose hash falls in the same share is held exactly when
 * some source row equals it.
 */
final class SourceRowSet {
  private final long[] hashes;
  private int size;
  private int level;
  private boolean sorted;

  SourceRowSet(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
    }
    hashes = new long[limit];
  }

  void add(long hash) {
    if (!inKeptShare(hash)) {
      return;
    }
    if (size == hashes.length) {
      shrink();
      // Full even at the last level only if every held hash is 0; a 2^-64 event, but bounded.
      if (!inKeptShare(hash) || size == hashes.length) {
        return;
      }
    }
    hashes[size++] = hash;
    sorted = false;
  }

  /** Whether a row of this hash would be held: such rows are the ones a match can be judged on. */
  boolean inKeptShare(long hash) {
    return level == 0 || hash >>> (64 - level) == 0;
  }

  boolean contains(long hash) {
    if (!sorted) {
      Arrays.sort(hashes, 0, size);
      sorted = true;
    }
    return Arrays.binarySearch(hashes, 0, size, hash) >= 0;
  }

  /** The share of the hash space held: 1 until the limit was reached. */
  double keptShare() {
    return Math.pow(2, -level);
  }

  /** Drops repeated rows, then halves the kept share until at most three quarters are in use. */
  private void shrink() {
    Arrays.sort(hashes, 0, size);
    size = distinct();
    while (size > hashes.length * 3L / 4 && level < 64) {
      level++;
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (inKeptShare(hashes[i])) {
          hashes[kept++] = hashes[i];
        }
      }
      size = kept;
    }
    sorted = true;
  }

  private int distinct() {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (kept == 0 || hashes[kept - 1] != hashes[i]) {
        hashes[kept++] = hashes[i];
      }
    }
    return kept;
  }
}
