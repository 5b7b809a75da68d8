package dev.synth.maven;

import dev.synth.PopulateReport;
import dev.synth.Synth;
import dev.synth.SynthKeys;
import dev.synth.config.SynthConfig;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Fills a database with synthetic rows that satisfy its constraints. Runs with or without a
 * project:
 *
 * <pre>{@code
 * mvn dev.synth:synth-maven-plugin:populate -Dsynth.url=jdbc:h2:./shop -Dsynth.rows=100
 * }</pre>
 */
@Mojo(name = "populate", requiresProject = false, threadSafe = true)
public class PopulateMojo extends AbstractSynthMojo {

  /** Rows per table, unless the config file sets a table's rows. Default 100. */
  @Parameter(property = SynthKeys.ROWS)
  Long rows;

  /**
   * Seed every generated value derives from: the same seed gives the same data. Default 42. Each
   * run logs its seed so it can be replayed.
   */
  @Parameter(property = SynthKeys.SEED)
  Long seed;

  /**
   * What to do with tables that already hold rows: {@code fail-if-not-empty} (the default) stops
   * before writing anything, {@code truncate} deletes their rows first, {@code append} adds rows.
   */
  @Parameter(property = SynthKeys.MODE)
  String mode;

  /** Rows per JDBC batch. Default 1000. */
  @Parameter(property = SynthKeys.BATCH_SIZE)
  Integer batchSize;

  /**
   * SQL scripts to run before populating, e.g. to create the schema in a fresh database
   * (comma-separated on the command line; relative paths start at the project directory).
   */
  @Parameter(property = SynthKeys.INIT_SCRIPTS)
  List<String> initScripts;

  /**
   * A profile learned by {@code synth:profile}: row counts, column distributions, fan-outs and
   * correlations are reproduced where the config file does not say otherwise (relative paths start
   * at the project directory).
   */
  @Parameter(property = SynthKeys.PROFILE)
  File profile;

  /**
   * Multiplies every row count not set per table, e.g. {@code 0.1} for a tenth of the profile's
   * rows. Default 1.
   */
  @Parameter(property = SynthKeys.SCALE)
  Double scale;

  /** Prints what would be written (tables, order, row counts, generators) and writes nothing. */
  @Parameter(property = SynthKeys.DRY_RUN, defaultValue = "false")
  boolean dryRun;

  @Inject
  public PopulateMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  void run(Synth synth, SynthConfig fileAndParameters) throws MojoFailureException {
    SynthConfig config = learnedAndScaled(fileAndParameters);
    // Read before the init scripts run: a missing or invalid profile must fail before they change
    // anything.
    Profile learned = config.profile() == null ? null : ProfileFile.read(Path.of(config.profile()));
    if (initScripts != null && !initScripts.isEmpty()) {
      synth.runScripts(initScriptPaths());
    }
    if (dryRun) {
      getLog().info(synth.describePlan(config));
      return;
    }
    getLog().info(summary(synth.populate(config, null, learned)));
  }

  @Override
  Overrides overrides() {
    return new Overrides(rows, seed, mode, batchSize, schema, includes, excludes);
  }

  SynthConfig learnedAndScaled(SynthConfig config) throws MojoFailureException {
    SynthConfig result = config;
    if (profile != null) {
      Path base = basedir == null ? Path.of("") : basedir.toPath();
      result =
          result.withProfile(
              profile.isAbsolute()
                  ? profile.toString()
                  : base.resolve(profile.getPath()).toString());
    }
    if (scale != null) {
      try {
        result = result.withScale(scale);
      } catch (IllegalArgumentException e) {
        throw new MojoFailureException("Invalid Synth parameter: " + e.getMessage(), e);
      }
    }
    return result;
  }

  List<Path> initScriptPaths() {
    Path base = basedir == null ? Path.of("") : basedir.toPath();
    return initScripts.stream()
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(s -> new File(s).isAbsolute() ? Path.of(s) : base.resolve(s))
        .toList();
  }

  static String summary(PopulateReport report) {
    return String.format(
        "Synth wrote %,d rows into %d tables with seed %d; replay with -D%s=%d",
        report.totalRows(), report.tables().size(), report.seed(), SynthKeys.SEED, report.seed());
  }
}
