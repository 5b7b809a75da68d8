package dev.synth.junit;

import dev.synth.SynthKeys;
import dev.synth.config.ConfigFile;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import dev.synth.junit.SyntheticData.Lifecycle;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The settings of one database: a method's annotation over its class's, then system properties,
 * then defaults.
 *
 * @param schema schema scripts
 * @param config the engine configuration, seed included
 * @param seedSource where the seed came from
 * @param url a JDBC URL, or empty for a private in-memory H2 database
 * @param user user for the URL
 * @param password password for the URL
 * @param mode H2 compatibility mode, or empty
 * @param lifecycle per class or per method
 * @param profile where the profile to reproduce is ({@code classpath:} or a path), or empty
 */
record Settings(
    List<String> schema,
    SynthConfig config,
    String seedSource,
    String url,
    String user,
    String password,
    String mode,
    Lifecycle lifecycle,
    String profile) {

  /**
   * Merges the annotations of a class and its enclosing classes ({@code classes}, outermost first)
   * and of a method ({@code method}, may be null): inner layers refine outer ones.
   */
  static Settings of(List<SyntheticData> classes, SyntheticData method) {
    List<SyntheticData> layers = new ArrayList<>(classes);
    if (method != null) {
      layers.add(method);
    }
    List<String> schema = List.of();
    String configFile = "";
    String url = System.getProperty(SynthKeys.URL, "");
    String user = System.getProperty(SynthKeys.USER, "");
    String password = System.getProperty(SynthKeys.PASSWORD, "");
    String mode = "";
    String profile = System.getProperty(SynthKeys.PROFILE, "");
    Lifecycle lifecycle = Lifecycle.PER_CLASS;
    for (SyntheticData a : layers) {
      schema = a.schema().length > 0 ? List.of(a.schema()) : schema;
      configFile = a.config().isEmpty() ? configFile : a.config();
      url = a.url().isEmpty() ? url : a.url();
      user = a.user().isEmpty() ? user : a.user();
      password = a.password().isEmpty() ? password : a.password();
      mode = a.mode().isEmpty() ? mode : a.mode();
      profile = a.profile().isEmpty() ? profile : a.profile();
      lifecycle = a == method ? Lifecycle.PER_METHOD : a.lifecycle();
    }
    SynthConfig config = configFile.isEmpty() ? SynthConfig.defaults() : read(configFile);
    Seed fallback =
        config.seed() == SynthConfig.DEFAULT_SEED
            ? new Seed(SynthConfig.DEFAULT_SEED, "default")
            : new Seed(config.seed(), "config file " + configFile);
    for (SyntheticData a : layers) {
      config = refine(config, a);
    }
    config = scaled(config, layers);
    Seed seed = seed(layers, method, fallback);
    return new Settings(
        schema,
        config.withSeed(seed.value()),
        seed.source(),
        url,
        user,
        password,
        mode,
        lifecycle,
        profile);
  }

  /** The innermost annotation's scale, else {@code synth.scale}; 0 on an annotation is unset. */
  private static SynthConfig scaled(SynthConfig config, List<SyntheticData> layers) {
    String scale = System.getProperty(SynthKeys.SCALE, "").trim();
    for (SyntheticData a : layers) {
      scale = a.scale() != 0 ? String.valueOf(a.scale()) : scale;
    }
    if (scale.isEmpty()) {
      return config;
    }
    try {
      return config.withScale(Double.parseDouble(scale));
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          "@SyntheticData scale (or "
              + SynthKeys.SCALE
              + ") must be a positive number, e.g. 0.1, but was "
              + scale,
          e);
    }
  }

  private static SynthConfig read(String location) {
    return ConfigFile.parse(Resources.text(location, "config file"), location);
  }

  private static SynthConfig refine(SynthConfig config, SyntheticData a) {
    SynthConfig c = config;
    if (a.rows() != SyntheticData.UNSET) {
      c = c.withRows(a.rows());
    }
    for (TableRows t : a.tables()) {
      TableConfig existing = c.tables().getOrDefault(t.table(), TableConfig.DEFAULT);
      c = c.withTable(t.table(), existing.withRows(t.rows()));
    }
    if (a.include().length > 0) {
      c = c.withIncludes(Arrays.asList(a.include()));
    }
    if (a.exclude().length > 0) {
      c = c.withExcludes(Arrays.asList(a.exclude()));
    }
    return c;
  }

  private record Seed(long value, String source) {}

  /**
   * Method, then the innermost class that sets one, then {@code synth.seed}, then the config
   * file's, then 42 ({@code fallback}); RANDOM yields to {@code synth.seed}.
   */
  private static Seed seed(List<SyntheticData> layers, SyntheticData method, Seed fallback) {
    String property = System.getProperty(SynthKeys.SEED);
    for (int i = layers.size() - 1; i >= 0; i--) {
      SyntheticData a = layers.get(i);
      if (a.seed() == SyntheticData.UNSET) {
        continue;
      }
      String where = a == method ? "method annotation" : "class annotation";
      if (a.seed() != SyntheticData.RANDOM) {
        return new Seed(a.seed(), where);
      }
      if (property != null) {
        return new Seed(parse(property), "system property " + SynthKeys.SEED);
      }
      // A random seed is meant to differ between runs, so it comes from real entropy; the data
      // itself still derives from it deterministically and the seed is reported to replay.
      return new Seed(new SecureRandom().nextLong(), "random (" + where + ")");
    }
    if (property != null) {
      return new Seed(parse(property), "system property " + SynthKeys.SEED);
    }
    return fallback;
  }

  private static long parse(String property) {
    try {
      return Long.parseLong(property.trim());
    } catch (NumberFormatException e) {
      throw new ExtensionConfigurationException(
          "system property "
              + SynthKeys.SEED
              + " must be a whole number but was '"
              + property
              + "'");
    }
  }
}
