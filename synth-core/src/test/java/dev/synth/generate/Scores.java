package dev.synth.generate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** The Pearson correlation of two columns' normal scores, ties sharing their mean rank. */
final class Scores {
  private Scores() {}

  static double correlation(double[] x, double[] y) {
    double[] a = scores(x);
    double[] b = scores(y);
    double ma = Arrays.stream(a).average().orElse(0);
    double mb = Arrays.stream(b).average().orElse(0);
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += (a[i] - ma) * (b[i] - mb);
      aa += (a[i] - ma) * (a[i] - ma);
      bb += (b[i] - mb) * (b[i] - mb);
    }
    return ab / Math.sqrt(aa * bb);
  }

  private static double[] scores(double[] values) {
    Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] scores = new double[values.length];
    int start = 0;
    while (start < order.length) {
      int end = start;
      while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      double score = Attenuation.quantile(((start + end) / 2.0 + 1) / (values.length + 1));
      for (int i = start; i <= end; i++) {
        scores[order[i]] = score;
      }
      start = end + 1;
    }
    return scores;
  }
}
