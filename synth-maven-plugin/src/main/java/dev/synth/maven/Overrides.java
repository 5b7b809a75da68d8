package dev.synth.maven;

import dev.synth.config.Mode;
import dev.synth.config.SynthConfig;
import java.util.List;
import java.util.Objects;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The goal parameters the user set explicitly ({@code null} when not set), laid over the config
 * file's values.
 *
 * <pre>{@code
 * new Overrides(500L, null, "truncate", null, null, null, null).applyTo(SynthConfig.defaults());
 * }</pre>
 */
record Overrides(
    Long rows,
    Long seed,
    String mode,
    Integer batchSize,
    String schema,
    List<String> includes,
    List<String> excludes) {

  SynthConfig applyTo(SynthConfig base) throws MojoFailureException {
    try {
      SynthConfig config = base;
      if (rows != null) {
        config = config.withRows(rows);
      }
      if (seed != null) {
        config = config.withSeed(seed);
      }
      if (mode != null) {
        config = config.withMode(Mode.parse(mode));
      }
      if (batchSize != null) {
        config = config.withBatchSize(batchSize);
      }
      return names(schemaApplied(config));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Invalid Synth parameter: " + e.getMessage(), e);
    }
  }

  private SynthConfig schemaApplied(SynthConfig config) {
    return schema == null || schema.isBlank() ? config : config.withSchema(schema.trim());
  }

  private SynthConfig names(SynthConfig config) {
    SynthConfig result = config;
    // Maven injects an empty list for an unset list parameter: only a non-empty one overrides.
    if (includes != null && !clean(includes).isEmpty()) {
      result = result.withIncludes(clean(includes));
    }
    if (excludes != null && !clean(excludes).isEmpty()) {
      result = result.withExcludes(clean(excludes));
    }
    return result;
  }

  /**
   * Command-line lists arrive split at commas but untrimmed, e.g. {@code -Dsynth.includes=a, b}.
   */
  private static List<String> clean(List<String> names) {
    return names.stream()
        .filter(Objects::nonNull)
        .map(String::trim)
        .filter(n -> !n.isEmpty())
        .toList();
  }
}
