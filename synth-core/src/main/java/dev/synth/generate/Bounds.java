package dev.synth.generate;

import java.util.List;

/**
 * Limits a CHECK constraint or a user range puts on one column's values. Numbers are {@link
 * java.math.BigDecimal}; dates and times are {@code java.time} values; text is {@link String}.
 *
 * <pre>{@code
 * Bounds qty = Bounds.NONE.withMin(BigDecimal.ONE, true).withMax(new BigDecimal("99"), true);
 * }</pre>
 *
 * @param min lower bound or {@code null}
 * @param minInclusive whether {@code min} itself is allowed
 * @param max upper bound or {@code null}
 * @param maxInclusive whether {@code max} itself is allowed
 * @param allowed the only values allowed (an IN list), or empty for any
 * @param excluded values that are not allowed ({@code <>})
 * @param minLength shortest text allowed, 0 for none
 * @param maxLength longest text allowed, 0 for none (the column's own length still applies)
 */
public record Bounds(
    Object min,
    boolean minInclusive,
    Object max,
    boolean maxInclusive,
    List<Object> allowed,
    List<Object> excluded,
    int minLength,
    int maxLength) {

  public static final Bounds NONE = new Bounds(null, true, null, true, List.of(), List.of(), 0, 0);

  public Bounds {
    allowed = List.copyOf(allowed);
    excluded = List.copyOf(excluded);
    if (minLength < 0 || maxLength < 0 || (maxLength > 0 && minLength > maxLength)) {
      throw new IllegalArgumentException(
          "need 0 <= minLength <= maxLength but was " + minLength + ", " + maxLength);
    }
  }

  public boolean isNone() {
    return equals(NONE);
  }

  public Bounds withMin(Object value, boolean inclusive) {
    return new Bounds(value, inclusive, max, maxInclusive, allowed, excluded, minLength, maxLength);
  }

  public Bounds withMax(Object value, boolean inclusive) {
    return new Bounds(min, minInclusive, value, inclusive, allowed, excluded, minLength, maxLength);
  }

  public Bounds withAllowed(List<Object> values) {
    return new Bounds(min, minInclusive, max, maxInclusive, values, excluded, minLength, maxLength);
  }

  public Bounds withExcluded(List<Object> values) {
    return new Bounds(min, minInclusive, max, maxInclusive, allowed, values, minLength, maxLength);
  }

  public Bounds withLength(int newMinLength, int newMaxLength) {
    return new Bounds(
        min, minInclusive, max, maxInclusive, allowed, excluded, newMinLength, newMaxLength);
  }
}
