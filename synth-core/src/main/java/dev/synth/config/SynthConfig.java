package dev.synth.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a run needs to know besides the database: immutable; change it with the {@code with}
 * copies.
 *
 * <pre>{@code
 * SynthConfig config = SynthConfig.defaults()
 *     .withSeed(42)
 *     .withRows(100)
 *     .withTable("customer", new TableConfig(1000L, null, Map.of()));
 * }</pre>
 *
 * @param seed the seed every value derives from
 * @param rows default rows per table
 * @param mode what to do with tables that already hold rows
 * @param batchSize rows per JDBC batch
 * @param nullFraction default fraction of NULLs in nullable columns
 * @param schema the database schema to read and fill, or {@code null} for the connection's default
 * @param includes table names to fill (empty: all)
 * @param excludes table names never to fill (they are still referenced)
 * @param tables per-table settings keyed by the table name as the user typed it
 * @param profile the profile file to generate from ({@code synth.profile}), or {@code null}
 * @param scale multiplies every row count not set per table: the profile's counts, or the default
 *     rows ({@code synth.scale}, e.g. 0.1 or 10)
 */
public record SynthConfig(
    long seed,
    long rows,
    Mode mode,
    int batchSize,
    double nullFraction,
    String schema,
    List<String> includes,
    List<String> excludes,
    Map<String, TableConfig> tables,
    String profile,
    double scale) {

  public static final long DEFAULT_SEED = 42;
  public static final long DEFAULT_ROWS = 100;
  public static final int DEFAULT_BATCH_SIZE = 1000;
  public static final double DEFAULT_NULL_FRACTION = 0.1;
  public static final double DEFAULT_SCALE = 1;

  public SynthConfig {
    Objects.requireNonNull(mode, "mode");
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be >= 0 but was " + rows);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1 but was " + batchSize);
    }
    if (nullFraction < 0 || nullFraction > 1) {
      throw new IllegalArgumentException("nullFraction must be in [0, 1] but was " + nullFraction);
    }
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("scale must be a positive number but was " + scale);
    }
  }

  /** A configuration without a profile, at scale 1. */
  public SynthConfig(
      long seed,
      long rows,
      Mode mode,
      int batchSize,
      double nullFraction,
      String schema,
      List<String> includes,
      List<String> excludes,
      Map<String, TableConfig> tables) {
    this(
        seed,
        rows,
        mode,
        batchSize,
        nullFraction,
        schema,
        includes,
        excludes,
        tables,
        null,
        DEFAULT_SCALE);
  }

  public static SynthConfig defaults() {
    return new SynthConfig(
        DEFAULT_SEED,
        DEFAULT_ROWS,
        Mode.FAIL_IF_NOT_EMPTY,
        DEFAULT_BATCH_SIZE,
        DEFAULT_NULL_FRACTION,
        null,
        List.of(),
        List.of(),
        Map.of());
  }

  public SynthConfig withSeed(long newSeed) {
    return new SynthConfig(
        newSeed,
        rows,
        mode,
        batchSize,
        nullFraction,
        schema,
        includes,
        excludes,
        tables,
        profile,
        scale);
  }

  public SynthConfig withRows(long newRows) {
    return new SynthConfig(
        seed,
        newRows,
        mode,
        batchSize,
        nullFraction,
        schema,
        includes,
        excludes,
        tables,
        profile,
        scale);
  }

  public SynthConfig withMode(Mode newMode) {
    return new SynthConfig(
        seed,
        rows,
        newMode,
        batchSize,
        nullFraction,
        schema,
        includes,
        excludes,
        tables,
        profile,
        scale);
  }

  public SynthConfig withBatchSize(int newBatchSize) {
    return new SynthConfig(
        seed,
        rows,
        mode,
        newBatchSize,
        nullFraction,
        schema,
        includes,
        excludes,
        tables,
        profile,
        scale);
  }

  public SynthConfig withNullFraction(double newNullFraction) {
    return new SynthConfig(
        seed,
        rows,
        mode,
        batchSize,
        newNullFraction,
        schema,
        includes,
        excludes,
        tables,
        profile,
        scale);
  }

  public SynthConfig withSchema(String newSchema) {
    return new SynthConfig(
        seed,
        rows,
        mode,
        batchSize,
        nullFraction,
        newSchema,
        includes,
        excludes,
        tables,
        profile,
        scale);
  }

  public SynthConfig withIncludes(List<String> newIncludes) {
    return new SynthConfig(
        seed,
        rows,
        mode,
        batchSize,
        nullFraction,
        schema,
        newIncludes,
        excludes,
        tables,
        profile,
        scale);
  }

  public SynthConfig withExcludes(List<String> newExcludes) {
    return new SynthConfig(
        seed,
        rows,
        mode,
        batchSize,
        nullFraction,
        schema,
        includes,
        newExcludes,
        tables,
        profile,
        scale);
  }

  public SynthConfig withTable(String name, TableConfig table) {
    var copy = new LinkedHashMap<>(tables);
    copy.put(name, table);
    return new SynthConfig(
        seed,
        rows,
        mode,
        batchSize,
        nullFraction,
        schema,
        includes,
        excludes,
        copy,
        profile,
        scale);
  }

  public SynthConfig withProfile(String newProfile) {
    return new SynthConfig(
        seed,
        rows,
        mode,
        batchSize,
        nullFraction,
        schema,
        includes,
        excludes,
        tables,
        newProfile,
        scale);
  }

  public SynthConfig withScale(double newScale) {
    return new SynthConfig(
        seed,
        rows,
        mode,
        batchSize,
        nullFraction,
        schema,
        includes,
        excludes,
        tables,
        profile,
        newScale);
  }
}
