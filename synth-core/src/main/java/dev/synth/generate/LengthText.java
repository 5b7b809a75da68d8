package dev.synth.generate;

import java.util.List;

/**
 * Filler text whose length follows learned length quantiles: lorem words cut to the drawn length.
 * Only lengths are learned from free text, never its words.
 */
final class LengthText implements Marginal {
  private final double[] lengths;
  private final int min;
  private final int max;

  private LengthText(double[] lengths, int min, int max) {
    this.lengths = lengths;
    this.min = min;
    this.max = max;
  }

  /**
   * @param min the shortest text the column's checks allow
   * @param max the longest it holds, 0 for no limit
   */
  static LengthText of(List<Long> quantiles, int min, int max) {
    double[] points = quantiles.stream().mapToDouble(Long::doubleValue).toArray();
    return new LengthText(points, min, max);
  }

  @Override
  public Object at(double u, Cell cell) {
    double x = u * (lengths.length - 1);
    int i = Math.min((int) x, lengths.length - 2);
    long length = Math.round(lengths[i] + (x - i) * (lengths[i + 1] - lengths[i]));
    length = Math.max(min, max > 0 ? Math.min(max, length) : length);
    StringBuilder text = new StringBuilder((int) length + 12);
    while (text.length() < length) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(LoremWords.pick(cell));
    }
    text.setLength((int) length);
    // A cut that ends on a space would be trimmed by some databases' CHAR handling.
    if (length > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setCharAt(text.length() - 1, 'a');
    }
    return text.toString();
  }
}
