package dev.synth.profile;

/**
 * How many rows hold one value of a categorical column; only values held by at least {@code k} rows
 * are ever released.
 *
 * <pre>{@code
 * Frequency paid = new Frequency("PAID", 700);
 * }</pre>
 *
 * @param value the value as text ({@code true}, {@code 42}, {@code 2024-01-31}, {@code PAID})
 * @param count the rows that hold it
 */
public record Frequency(String value, long count) {
  public Frequency {
    if (value == null) {
      throw new IllegalArgumentException("a frequency's value must not be null");
    }
    if (count < 1) {
      throw new IllegalArgumentException(
          "count of value '" + value + "' must be >= 1 but was " + count);
    }
  }
}
