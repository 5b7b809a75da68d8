package dev.synth.learn;

import dev.synth.schema.TypeKind;

/**
 * A fixed grid of bins over a column's values, chosen from its type alone so that the bins say
 * nothing about the data: bin indexes grow with the value, and a {@link NoisyTree} groups them into
 * coarser levels, each bin of a level holding {@link #factor()} of the level below.
 *
 * <ul>
 *   <li>Numbers and text lengths: a log-linear grid, {@value #PER_OCTAVE} bins per power of two,
 *       mirrored for negatives, with one bin of its own for zero (so a zero-inflated column keeps
 *       its exact zeros; magnitudes below 2^-32 count as zero) and whole numbers up to {@value
 *       #PER_OCTAVE} in bins of their own. Five levels, each 4 times as wide: 1/16, 1/4, 1, 4 and
 *       16 octaves.
 *   <li>Dates: one bin per day; five levels, each 8 times as wide, up to 4096 days.
 *   <li>Timestamps: one bin per hour; six levels by 8, up to 32768 hours (3.7 years).
 *   <li>Times of day: one bin per minute; four levels by 8, up to 512 minutes.
 * </ul>
 *
 * <pre>{@code
 * QuantileGrid grid = QuantileGrid.of(TypeKind.INTEGER);
 * grid.value(grid.bin(12));   // 12.0: the bin's lower edge
 * }</pre>
 */
final class QuantileGrid {
  static final int PER_OCTAVE = 16;
  private static final int MIN_EXPONENT = -32;
  private static final double SMALLEST = Math.scalb(1.0, MIN_EXPONENT);

  private final double unit;
  private final int levels;
  private final int factor;

  private QuantileGrid(double unit, int levels, int factor) {
    this.unit = unit;
    this.levels = levels;
    this.factor = factor;
  }

  /** The grid of a kind, positions as {@link ValuePosition} gives them; null if it has none. */
  static QuantileGrid of(TypeKind kind) {
    if (kind.isNumeric()) {
      return numbers();
    }
    return switch (kind) {
      case DATE -> new QuantileGrid(1, 5, 8);
      case TIMESTAMP, TIMESTAMP_TZ -> new QuantileGrid(3600, 6, 8);
      case TIME -> new QuantileGrid(60, 4, 8);
      default -> null;
    };
  }

  /** The grid of numbers, text lengths included. */
  static QuantileGrid numbers() {
    return new QuantileGrid(0, 5, 4);
  }

  int levels() {
    return levels;
  }

  /** How many bins of one level a bin of the level above holds. */
  int factor() {
    return factor;
  }

  /** The bin of a finite position. */
  long bin(double x) {
    if (unit > 0) {
      return (long) Math.floor(x / unit);
    }
    double a = Math.abs(x);
    if (a < SMALLEST) {
      return 0;
    }
    int e = Math.getExponent(a);
    int sub = (int) ((Math.scalb(a, -e) - 1) * PER_OCTAVE);
    // Octaves start at multiples of PER_OCTAVE, so coarser bins hold whole octaves.
    long magnitude = (long) (e - MIN_EXPONENT) * PER_OCTAVE + sub;
    return x > 0 ? magnitude : -magnitude;
  }

  /**
   * The position at {@code index}, a bin plus a fraction of it: the bin's lower edge plus that
   * fraction of its width (the zero bin holds only zero).
   */
  double value(double index) {
    if (unit > 0) {
      return index * unit;
    }
    long bin = (long) Math.floor(index);
    double fraction = index - bin;
    if (bin == 0) {
      return 0;
    }
    long magnitude = Math.abs(bin);
    int e = (int) (magnitude / PER_OCTAVE) + MIN_EXPONENT;
    long sub = magnitude % PER_OCTAVE;
    // A negative bin's low edge is its largest magnitude.
    double within = bin > 0 ? sub + fraction : sub + 1 - fraction;
    double a = Math.scalb(1 + within / PER_OCTAVE, e);
    return bin > 0 ? a : -a;
  }
}
