package dev.synth.learn;

import java.util.List;

/**
 * What {@code Synth.profile} learns from: immutable; change it with the {@code with} copies.
 *
 * <pre>{@code
 * ProfileOptions options = ProfileOptions.defaults()
 *     .withSchema("sales")
 *     .withExcludes(List.of("audit_log"))
 *     .withK(20);
 * }</pre>
 *
 * @param schema the schema to profile, or {@code null} for the connection's default
 * @param includes table names to profile (empty: all of the schema)
 * @param excludes table names never to profile
 * @param k the rare-value threshold: a categorical value is released only if at least {@code k}
 *     rows hold it; rarer values are merged into one "other" share
 */
public record ProfileOptions(String schema, List<String> includes, List<String> excludes, int k) {

  /** The rare-value threshold unless configured otherwise. */
  public static final int DEFAULT_K = 10;

  public ProfileOptions {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1 but was " + k);
    }
  }

  public static ProfileOptions defaults() {
    return new ProfileOptions(null, List.of(), List.of(), DEFAULT_K);
  }

  public ProfileOptions withSchema(String newSchema) {
    return new ProfileOptions(newSchema, includes, excludes, k);
  }

  public ProfileOptions withIncludes(List<String> newIncludes) {
    return new ProfileOptions(schema, newIncludes, excludes, k);
  }

  public ProfileOptions withExcludes(List<String> newExcludes) {
    return new ProfileOptions(schema, includes, newExcludes, k);
  }

  public ProfileOptions withK(int newK) {
    return new ProfileOptions(schema, includes, excludes, newK);
  }
}
