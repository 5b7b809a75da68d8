package dev.synth;

/**
 * The property names shared by the Maven plugin ({@code -Dsynth.url=...}), the JUnit extension
 * (system properties) and the YAML file.
 *
 * <pre>{@code
 * String url = System.getProperty(SynthKeys.URL);
 * }</pre>
 */
public final class SynthKeys {
  public static final String URL = "synth.url";
  public static final String USER = "synth.user";
  public static final String PASSWORD = "synth.password";
  public static final String SERVER_ID = "synth.serverId";
  public static final String SCHEMA = "synth.schema";
  public static final String ROWS = "synth.rows";
  public static final String SEED = "synth.seed";
  public static final String CONFIG = "synth.config";
  public static final String MODE = "synth.mode";
  public static final String BATCH_SIZE = "synth.batchSize";
  public static final String INCLUDES = "synth.includes";
  public static final String EXCLUDES = "synth.excludes";
  public static final String DRY_RUN = "synth.dryRun";
  public static final String SKIP = "synth.skip";
  public static final String INIT_SCRIPTS = "synth.initScripts";
  public static final String PROFILE = "synth.profile";
  public static final String K = "synth.k";
  public static final String SCALE = "synth.scale";
  public static final String EPSILON = "synth.epsilon";
  public static final String DELTA = "synth.delta";

  private SynthKeys() {}
}
