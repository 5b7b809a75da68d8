package dev.synth.learn;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Kendall's tau-a of two sampled columns over the rows where both are set (NaN marks a NULL): the
 * concordant minus the discordant pairs over all pairs, ties counting as neither. Adding, removing
 * or replacing one of n rows moves it by at most 4/n, which is why the private profile uses it.
 * Knight's algorithm: sort by x then y, and count the discordant pairs as the inversions a merge
 * sort of y undoes, in O(n log n).
 *
 * <pre>{@code
 * KendallTau tau = KendallTau.of(new double[] {1, 2, 3}, new double[] {1, 3, 2}); // value 1/3, n 3
 * }</pre>
 *
 * @param value tau-a, between -1 and 1; 0 when fewer than two rows have both
 * @param n the rows where both are set
 */
record KendallTau(double value, int n) {

  static KendallTau of(double[] x, double[] y) {
    Integer[] both =
        IntStream.range(0, x.length)
            .filter(i -> !Double.isNaN(x[i]) && !Double.isNaN(y[i]))
            .boxed()
            .toArray(Integer[]::new);
    int n = both.length;
    if (n < 2) {
      return new KendallTau(0, n);
    }
    Arrays.sort(
        both, Comparator.<Integer>comparingDouble(i -> x[i]).thenComparingDouble(i -> y[i]));
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = x[both[i]];
      ys[i] = y[both[i]];
    }
    long tiedX = tiedPairs(xs, null);
    long tiedBoth = tiedPairs(xs, ys);
    long discordant = inversions(ys, new double[n], 0, n);
    long tiedY = tiedPairs(ys, null);
    double all = n * (n - 1L) / 2.0;
    return new KendallTau((all - tiedX - tiedY + tiedBoth - 2.0 * discordant) / all, n);
  }

  /** Pairs equal in {@code a} (and in {@code b} too, when given), {@code a} (and b) sorted. */
  private static long tiedPairs(double[] a, double[] b) {
    long pairs = 0;
    long run = 1;
    for (int i = 1; i < a.length; i++) {
      boolean same = a[i] == a[i - 1] && (b == null || b[i] == b[i - 1]);
      run = same ? run + 1 : 1;
      pairs += run - 1;
    }
    return pairs;
  }

  /** Sorts {@code a[from, to)} and returns how many pairs were strictly out of order. */
  private static long inversions(double[] a, double[] buffer, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long count = inversions(a, buffer, from, mid) + inversions(a, buffer, mid, to);
    int i = from;
    int j = mid;
    int out = from;
    while (i < mid || j < to) {
      if (j >= to || (i < mid && a[i] <= a[j])) {
        buffer[out++] = a[i++];
      } else {
        count += mid - i;
        buffer[out++] = a[j++];
      }
    }
    System.arraycopy(buffer, from, a, from, to - from);
    return count;
  }
}
