package dev.synth.evaluate;

import java.util.List;

/**
 * What {@link Evaluation} compares: immutable; change it with the {@code with} copies.
 *
 * <pre>{@code
 * CompareOptions options = CompareOptions.defaults()
 *     .withSourceSchema("prod_copy")
 *     .withSyntheticSchema("public")
 *     .withExcludes(List.of("audit_log"));
 * }</pre>
 *
 * @param sourceSchema the source's schema, or {@code null} for the connection's default; unused
 *     when comparing with a profile
 * @param syntheticSchema the synthetic database's schema, or {@code null} for the connection's
 *     default
 * @param includes table names to compare (empty: every table of the source or profile)
 * @param excludes table names never to compare
 * @param matchLimit how many source row hashes the exact-match check holds at most, 8 bytes each;
 *     above it the check holds a hash-chosen share of the rows and estimates the match share
 */
public record CompareOptions(
    String sourceSchema,
    String syntheticSchema,
    List<String> includes,
    List<String> excludes,
    int matchLimit) {

  /** 1,000,000 hashes: 8 MB. */
  public static final int DEFAULT_MATCH_LIMIT = 1_000_000;

  public CompareOptions {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    if (matchLimit < 1) {
      throw new IllegalArgumentException("matchLimit must be >= 1 but was " + matchLimit);
    }
  }

  public static CompareOptions defaults() {
    return new CompareOptions(null, null, List.of(), List.of(), DEFAULT_MATCH_LIMIT);
  }

  public CompareOptions withSourceSchema(String schema) {
    return new CompareOptions(schema, syntheticSchema, includes, excludes, matchLimit);
  }

  public CompareOptions withSyntheticSchema(String schema) {
    return new CompareOptions(sourceSchema, schema, includes, excludes, matchLimit);
  }

  public CompareOptions withIncludes(List<String> tables) {
    return new CompareOptions(sourceSchema, syntheticSchema, tables, excludes, matchLimit);
  }

  public CompareOptions withExcludes(List<String> tables) {
    return new CompareOptions(sourceSchema, syntheticSchema, includes, tables, matchLimit);
  }

  public CompareOptions withMatchLimit(int limit) {
    return new CompareOptions(sourceSchema, syntheticSchema, includes, excludes, limit);
  }
}
