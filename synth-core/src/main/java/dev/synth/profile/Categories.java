package dev.synth.profile;

import java.util.List;

/**
 * The value frequencies of a low-cardinality column after rare-value suppression: the kept values
 * and one share of rows, {@code other}, whose values were each held by fewer than {@code k} rows.
 *
 * <pre>{@code
 * Categories status = new Categories(List.of(new Frequency("PAID", 700)), 8);
 * }</pre>
 *
 * @param values the kept values, most frequent first (ties by value)
 * @param other the non-null rows whose value was suppressed
 */
public record Categories(List<Frequency> values, long other) {
  public Categories {
    values = values == null ? List.of() : List.copyOf(values);
    if (other < 0) {
      throw new IllegalArgumentException("other must be >= 0 but was " + other);
    }
  }

  /** The smallest count among the kept values, or {@link Long#MAX_VALUE} when none is kept. */
  public long smallestCount() {
    return values.stream().mapToLong(Frequency::count).min().orElse(Long.MAX_VALUE);
  }
}
