package dev.synth.profile;

/**
 * How many parent rows have between {@code min} and {@code max} children (both inclusive) through
 * one foreign key.
 *
 * <pre>{@code
 * FanOutBucket childless = new FanOutBucket(0, 0, 30);
 * }</pre>
 *
 * @param min the fewest children of a parent in this bucket
 * @param max the most children of a parent in this bucket
 * @param parents the parents whose child count falls in the bucket
 */
public record FanOutBucket(long min, long max, long parents) {
  public FanOutBucket {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "a fan-out bucket needs 0 <= min <= max but was [" + min + ", " + max + "]");
    }
    if (parents < 1) {
      throw new IllegalArgumentException(
          "parents of bucket [" + min + ", " + max + "] must be >= 1 but was " + parents);
    }
  }
}
