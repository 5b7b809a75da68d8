package dev.synth.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user's rule for one column; at most one of {@code value}, {@code values} and {@code faker},
 * optionally with a range and a null fraction.
 *
 * <pre>{@code
 * ColumnConfig.values(Map.of("NEW", 0.2, "PAID", 0.8));
 * ColumnConfig.range(0, 50).withNullFraction(0.3);
 * }</pre>
 *
 * @param value a fixed value for every row, or {@code null}
 * @param values weighted choices (value to weight), or empty
 * @param faker a Datafaker expression such as {@code #{Internet.emailAddress}}, or {@code null}
 * @param min lower bound (number or ISO date/time text), inclusive, or {@code null}
 * @param max upper bound, inclusive, or {@code null}
 * @param nullFraction fraction of NULLs in [0, 1], or {@code null} for the global default
 */
public record ColumnConfig(
    Object value,
    Map<Object, Double> values,
    String faker,
    Object min,
    Object max,
    Double nullFraction) {
  public ColumnConfig {
    values = values == null ? Map.of() : new LinkedHashMap<>(values);
    int kinds = (value != null ? 1 : 0) + (values.isEmpty() ? 0 : 1) + (faker != null ? 1 : 0);
    if (kinds > 1) {
      throw new IllegalArgumentException(
          "a column takes only one of value, values and faker but had " + kinds);
    }
    if (nullFraction != null && (nullFraction < 0 || nullFraction > 1)) {
      throw new IllegalArgumentException("nullFraction must be in [0, 1] but was " + nullFraction);
    }
    values.forEach(
        (k, w) -> {
          if (w == null || w < 0) {
            throw new IllegalArgumentException(
                "weight of value " + k + " must be >= 0 but was " + w);
          }
        });
    values = java.util.Collections.unmodifiableMap(values);
  }

  public static ColumnConfig fixed(Object value) {
    return new ColumnConfig(value, Map.of(), null, null, null, null);
  }

  public static ColumnConfig values(Map<Object, Double> weighted) {
    return new ColumnConfig(null, weighted, null, null, null, null);
  }

  public static ColumnConfig faker(String expression) {
    return new ColumnConfig(null, Map.of(), expression, null, null, null);
  }

  public static ColumnConfig range(Object min, Object max) {
    return new ColumnConfig(null, Map.of(), null, min, max, null);
  }

  public ColumnConfig withNullFraction(double fraction) {
    return new ColumnConfig(value, values, faker, min, max, fraction);
  }
}
