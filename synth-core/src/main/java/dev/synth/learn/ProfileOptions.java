package dev.synth.learn;

import java.util.List;

/**
 * What {@code Synth.profile} learns from: immutable; change it with the {@code with} copies.
 *
 * <pre>{@code
 * ProfileOptions options = ProfileOptions.defaults()
 *     .withSchema("sales")
 *     .withExcludes(List.of("audit_log"))
 *     .withK(20)
 *     .withEpsilon(2.0);
 * }</pre>
 *
 * @param schema the schema to profile, or {@code null} for the connection's default
 * @param includes table names to profile (empty: all of the schema)
 * @param excludes table names never to profile
 * @param k the rare-value threshold: a categorical value is released only if at least {@code k}
 *     rows hold it; rarer values are merged into one "other" share
 * @param epsilon the differential-privacy budget spread over the released statistics (see {@link
 *     PrivacyBudget}), or {@code null} to learn without noise
 * @param delta the chance, spread like epsilon, that a value or bin held by very few rows is
 *     released anyway; without it ({@code 0}) no value that only the data can name (text
 *     categories, quantile bins, fan-out buckets) is released at all. Used only with epsilon
 */
public record ProfileOptions(
    String schema,
    List<String> includes,
    List<String> excludes,
    int k,
    Double epsilon,
    double delta) {

  /** The rare-value threshold unless configured otherwise. */
  public static final int DEFAULT_K = 10;

  /** The delta of an epsilon run unless configured otherwise. */
  public static final double DEFAULT_DELTA = 1e-6;

  public ProfileOptions {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1 but was " + k);
    }
    if (epsilon != null && !(epsilon > 0 && epsilon < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "epsilon must be > 0 and finite (or unset for no noise) but was " + epsilon);
    }
    if (!(delta >= 0 && delta < 1)) {
      throw new IllegalArgumentException("delta must be >= 0 and < 1 but was " + delta);
    }
  }

  public static ProfileOptions defaults() {
    return new ProfileOptions(null, List.of(), List.of(), DEFAULT_K, null, DEFAULT_DELTA);
  }

  public ProfileOptions withSchema(String newSchema) {
    return new ProfileOptions(newSchema, includes, excludes, k, epsilon, delta);
  }

  public ProfileOptions withIncludes(List<String> newIncludes) {
    return new ProfileOptions(schema, newIncludes, excludes, k, epsilon, delta);
  }

  public ProfileOptions withExcludes(List<String> newExcludes) {
    return new ProfileOptions(schema, includes, newExcludes, k, epsilon, delta);
  }

  public ProfileOptions withK(int newK) {
    return new ProfileOptions(schema, includes, excludes, newK, epsilon, delta);
  }

  /** Adds differential-privacy noise spending {@code newEpsilon}; {@code null} turns it off. */
  public ProfileOptions withEpsilon(Double newEpsilon) {
    return new ProfileOptions(schema, includes, excludes, k, newEpsilon, delta);
  }

  public ProfileOptions withDelta(double newDelta) {
    return new ProfileOptions(schema, includes, excludes, k, epsilon, newDelta);
  }
}
