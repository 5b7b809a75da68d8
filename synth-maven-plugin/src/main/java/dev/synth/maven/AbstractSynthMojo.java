package dev.synth.maven;

import dev.synth.Synth;
import dev.synth.SynthException;
import dev.synth.SynthKeys;
import dev.synth.config.ConfigFile;
import dev.synth.config.SynthConfig;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every Synth goal shares: skipping, credentials, the configuration and error translation. A
 * goal only implements {@link #run(Synth, SynthConfig)}. Most of this class is the parameters'
 * Javadoc, which Maven shows users as the goals' help.
 *
 * <pre>{@code
 * public class PlanMojo extends AbstractSynthMojo { // with @Mojo(name = "plan")
 *   void run(Synth synth, SynthConfig config) {
 *     getLog().info(synth.describePlan(config));
 *   }
 * }
 * }</pre>
 */
abstract class AbstractSynthMojo extends AbstractMojo {

  /**
   * JDBC URL of the database to fill, for example {@code jdbc:postgresql://localhost:5432/app}.
   * Required unless the goal is skipped. The H2, PostgreSQL and MariaDB drivers come with the
   * plugin; add others as plugin dependencies.
   */
  @Parameter(property = SynthKeys.URL)
  String url;

  /** Database user. Wins over the username of the {@code serverId} server. */
  @Parameter(property = SynthKeys.USER)
  String user;

  /**
   * Database password. Prefer {@code serverId}, which keeps the password (encrypted) in {@code
   * settings.xml} rather than on the command line. Wins over the server's password.
   */
  @Parameter(property = SynthKeys.PASSWORD)
  String password;

  /**
   * Id of a server entry in {@code settings.xml} whose username and password (decrypted if
   * encrypted) are used for the database.
   */
  @Parameter(property = SynthKeys.SERVER_ID)
  String serverId;

  /** Database schema to read and fill; by default the connection's current schema. */
  @Parameter(property = SynthKeys.SCHEMA)
  String schema;

  /**
   * Tables to fill (comma-separated on the command line); all tables when not set. Tables left out
   * are still referenced by foreign keys with their existing rows.
   */
  @Parameter(property = SynthKeys.INCLUDES)
  List<String> includes;

  /** Tables never to fill (comma-separated on the command line); they keep their rows. */
  @Parameter(property = SynthKeys.EXCLUDES)
  List<String> excludes;

  /**
   * YAML config file with per-table and per-column settings. Default: {@code synth.yaml} in the
   * current project or directory, when it exists. Parameters given here override the file.
   */
  @Parameter(property = SynthKeys.CONFIG)
  File config;

  /** Skips the goal. */
  @Parameter(property = SynthKeys.SKIP, defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${basedir}", readonly = true)
  File basedir;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  private final SettingsDecrypter decrypter;

  AbstractSynthMojo(SettingsDecrypter decrypter) {
    this.decrypter = decrypter;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping Synth because " + SynthKeys.SKIP + " is true");
      return;
    }
    requireUrl();
    Credentials credentials = credentials();
    try {
      SynthConfig synthConfig = synthConfig();
      try (Synth synth = Synth.connect(url, credentials.user(), credentials.password())) {
        run(synth, synthConfig);
      }
    } catch (SynthException e) {
      throw failure(e, credentials.password());
    } catch (RuntimeException e) {
      throw unexpected(e, credentials.password());
    }
  }

  /** The goal's single call into the core. */
  abstract void run(Synth synth, SynthConfig config)
      throws MojoExecutionException, MojoFailureException;

  /** The config file (if any) with the explicitly set parameters laid over it. */
  SynthConfig synthConfig() throws MojoFailureException {
    return overrides().applyTo(fileConfig());
  }

  /** The parameters this goal lays over the config file: by default, which tables to read. */
  Overrides overrides() {
    return new Overrides(null, null, null, null, schema, includes, excludes);
  }

  private SynthConfig fileConfig() {
    File file = configFile();
    if (file == null) {
      return SynthConfig.defaults();
    }
    getLog().info("Reading Synth config " + file);
    return ConfigFile.read(file.toPath());
  }

  /** The named file, else {@code synth.yaml} in the base directory when it exists. */
  private File configFile() {
    if (config != null) {
      return config.isAbsolute() ? config : new File(basedir, config.getPath());
    }
    File fallback = new File(basedir, ConfigFile.DEFAULT_NAME);
    return fallback.isFile() ? fallback : null;
  }

  Credentials credentials() throws MojoFailureException {
    return new ServerCredentials(settings, decrypter).resolve(serverId, user, password);
  }

  /** Synth's own errors say what the user should fix: the build fails with that message. */
  static MojoFailureException failure(SynthException e, String secret) {
    return new MojoFailureException(Secrets.mask(e.getMessage(), secret), e);
  }

  /** Anything else is a bug or an environment fault: the build errors with the cause. */
  static MojoExecutionException unexpected(RuntimeException e, String secret) {
    String message = Secrets.mask(String.valueOf(e.getMessage()), secret);
    return new MojoExecutionException(
        "Synth failed unexpectedly: " + e.getClass().getName() + ": " + message, e);
  }

  private void requireUrl() throws MojoFailureException {
    if (url == null || url.isBlank()) {
      throw new MojoFailureException(
          "No database URL: pass -D"
              + SynthKeys.URL
              + "=jdbc:... (for example -D"
              + SynthKeys.URL
              + "=jdbc:postgresql://localhost:5432/app) or set <url> in the plugin configuration.");
    }
  }
}
