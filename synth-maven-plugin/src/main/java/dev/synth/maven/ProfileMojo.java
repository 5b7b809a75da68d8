package dev.synth.maven;

import dev.synth.ConfigException;
import dev.synth.Synth;
import dev.synth.SynthKeys;
import dev.synth.config.SynthConfig;
import dev.synth.learn.ProfileOptions;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import java.io.File;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Learns a privacy-gated profile of a source database, reading only, and writes it as JSON for
 * review. Runs with or without a project:
 *
 * <pre>{@code
 * mvn dev.synth:synth-maven-plugin:profile -Dsynth.url=jdbc:postgresql://replica:5432/app \
 *     -Dsynth.profile=app-profile.json
 * }</pre>
 */
@Mojo(name = "profile", requiresProject = false, threadSafe = true)
public class ProfileMojo extends AbstractSynthMojo {

  /** The profile file to write (relative paths start at the project directory). */
  @Parameter(property = SynthKeys.PROFILE, defaultValue = "synth-profile.json")
  File profile;

  /**
   * The rare-value threshold: a categorical value is written only if at least this many rows hold
   * it; rarer values are merged into one "other" share.
   */
  @Parameter(property = SynthKeys.K, defaultValue = "" + ProfileOptions.DEFAULT_K)
  int k;

  /**
   * The differential-privacy budget: noise is added to every released statistic, spending this
   * epsilon in all (the profile records where). Unset: no noise, only the k gate and clipping.
   */
  @Parameter(property = SynthKeys.EPSILON)
  Double epsilon;

  /**
   * With epsilon, the chance, spread over the statistics, that a value or bin held by very few rows
   * is released anyway; 0 releases no value that only the data names (text categories, quantile
   * bins, fan-out buckets).
   */
  @Parameter(property = SynthKeys.DELTA, defaultValue = "" + ProfileOptions.DEFAULT_DELTA)
  double delta;

  @Inject
  public ProfileMojo(SettingsDecrypter decrypter) {
    super(decrypter);
  }

  @Override
  void run(Synth synth, SynthConfig config) {
    Profile learned = synth.profile(options(config));
    Path file = profilePath();
    ProfileFile.write(learned, file);
    getLog().info(summary(learned, file));
  }

  ProfileOptions options(SynthConfig config) {
    try {
      return ProfileOptions.defaults()
          .withSchema(config.schema())
          .withIncludes(config.includes())
          .withExcludes(config.excludes())
          .withK(k)
          .withEpsilon(epsilon)
          .withDelta(delta);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "invalid profile option: "
              + e.getMessage()
              + "; set "
              + SynthKeys.K
              + " >= 1, "
              + SynthKeys.EPSILON
              + " > 0 (or leave it unset) and 0 <= "
              + SynthKeys.DELTA
              + " < 1",
          e);
    }
  }

  Path profilePath() {
    Path base = basedir == null ? Path.of("") : basedir.toPath();
    return profile.isAbsolute() ? profile.toPath() : base.resolve(profile.getPath());
  }

  static String summary(Profile profile, Path file) {
    long suppressed = profile.suppressed().size();
    String noise =
        profile.privacy() == null
            ? ""
            : String.format(
                java.util.Locale.ROOT,
                "; noise spent epsilon %s, delta %s",
                profile.privacy().epsilon(),
                profile.privacy().delta());
    return String.format(
        "Synth wrote the profile of %d tables to %s (k = %d; %d columns had rare values merged"
            + " into \"other\"%s). Review it before committing it.",
        profile.tables().size(), file, profile.k(), suppressed, noise);
  }
}
