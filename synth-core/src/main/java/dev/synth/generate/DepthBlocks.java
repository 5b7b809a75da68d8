package dev.synth.generate;

import java.util.Arrays;

/**
 * Lays the rows of a self-referencing table out as consecutive blocks, one per tree level: the
 * source's rows per level scaled to the row count by largest remainders, empty levels dropped (the
 * levels close up), and at least one root.
 */
final class DepthBlocks {
  private DepthBlocks() {}

  /**
   * The first row of each non-empty level, then {@code rows}: level {@code d} holds rows {@code
   * starts[d]} to {@code starts[d + 1] - 1}.
   */
  static long[] starts(long rows, long[] rowsPerLevel) {
    long[] sizes = scaled(rows, rowsPerLevel);
    long[] starts = new long[sizes.length + 1];
    int levels = 0;
    for (long size : sizes) {
      if (size > 0) {
        starts[levels + 1] = starts[levels] + size;
        levels++;
      }
    }
    return Arrays.copyOf(starts, levels + 1);
  }

  private static long[] scaled(long rows, long[] rowsPerLevel) {
    long total = 0;
    for (long r : rowsPerLevel) {
      if (r < 0) {
        throw new IllegalArgumentException(
            "rows per level must be >= 0 but were " + Arrays.toString(rowsPerLevel));
      }
      total += r;
    }
    if (total == 0) {
      throw new IllegalArgumentException(
          "a tree needs rows in some level but had " + Arrays.toString(rowsPerLevel));
    }
    long[] sizes = new long[rowsPerLevel.length];
    double[] remainders = new double[rowsPerLevel.length];
    long given = 0;
    for (int d = 0; d < sizes.length; d++) {
      double quota = rows * (double) rowsPerLevel[d] / total;
      sizes[d] = (long) Math.floor(quota);
      remainders[d] = quota - sizes[d];
      given += sizes[d];
    }
    for (; given < rows; given++) {
      int best = 0;
      for (int d = 1; d < sizes.length; d++) {
        best = remainders[d] > remainders[best] ? d : best;
      }
      sizes[best]++;
      remainders[best] = -1;
    }
    if (rows > 0 && sizes[0] == 0) {
      int largest = 0;
      for (int d = 1; d < sizes.length; d++) {
        largest = sizes[d] > sizes[largest] ? d : largest;
      }
      sizes[largest]--;
      sizes[0]++;
    }
    return sizes;
  }

  /** The level whose block holds {@code row}. */
  static int levelOf(long[] starts, long row) {
    int level = Arrays.binarySearch(starts, row);
    // An exact hit is a level's first row; otherwise the insertion point follows the level.
    return level >= 0 ? level : -level - 2;
  }
}
