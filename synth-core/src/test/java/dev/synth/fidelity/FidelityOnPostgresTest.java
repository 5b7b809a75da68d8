package dev.synth.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import dev.synth.evaluate.CompareOptions;
import dev.synth.evaluate.Comparison;
import dev.synth.evaluate.Evaluation;
import dev.synth.learn.ProfileOptions;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import dev.synth.servers.ServerDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fidelity contract on PostgreSQL: source and copy are two schemas of the test server. */
class FidelityOnPostgresTest extends FidelityContract {
  private static ServerDatabase source;
  private static ServerDatabase copy;
  private static ServerDatabase noisyCopy;
  private static Profile profile;
  private static Comparison comparison;
  private static Profile noisyProfile;
  private static Comparison noisyComparison;

  @BeforeAll
  static void profileGenerateAndCompare() throws SQLException {
    source = ServerDatabase.create(ServerDatabase.Server.POSTGRES);
    copy = ServerDatabase.create(ServerDatabase.Server.POSTGRES);
    noisyCopy = ServerDatabase.create(ServerDatabase.Server.POSTGRES);
    try (Connection c = source.connect()) {
      ShopSource.create(c);
    }
    long start = System.nanoTime();
    try (Synth synth = Synth.connect(source.url(), source.user(), "")) {
      profile = synth.profile(ProfileOptions.defaults().withSchema(source.name()).withK(K));
    }
    long learned = System.nanoTime();
    fill(copy, profile);
    long generated = System.nanoTime();
    comparison = compare(copy);
    long compared = System.nanoTime();
    try (Synth synth = Synth.connect(source.url(), source.user(), "")) {
      noisyProfile =
          synth.profile(
              ProfileOptions.defaults().withSchema(source.name()).withK(K).withEpsilon(EPSILON));
    }
    long noisyLearned = System.nanoTime();
    fill(noisyCopy, noisyProfile);
    noisyComparison = compare(noisyCopy);
    System.out.printf(
        "PostgreSQL fidelity, epsilon %s (profile %.1f s):%n%s%n",
        EPSILON, (noisyLearned - compared) / 1e9, noisyComparison.summary());
    System.out.printf(
        "PostgreSQL fidelity (profile %.1f s, generate %.1f s, compare %.1f s):%n%s%n",
        (learned - start) / 1e9,
        (generated - learned) / 1e9,
        (compared - generated) / 1e9,
        comparison.summary());
  }

  private static void fill(ServerDatabase target, Profile learned) {
    try (Synth synth = Synth.connect(target.url(), target.user(), "")) {
      synth.runScript(ShopSource.DDL, "shop schema");
      synth.populate(
          SynthConfig.defaults().withSchema(target.name()).withSeed(2026), null, learned);
    }
  }

  private static Comparison compare(ServerDatabase target) throws SQLException {
    try (Connection s = source.connect();
        Connection c = target.connect()) {
      return Evaluation.compare(
          s,
          c,
          CompareOptions.defaults()
              .withSourceSchema(source.name())
              .withSyntheticSchema(target.name()));
    }
  }

  @Override
  Profile noisyProfile() {
    return noisyProfile;
  }

  @Override
  Comparison noisyComparison() {
    return noisyComparison;
  }

  /** The common case: production is PostgreSQL, the tests run on H2 from its profile. */
  @Test
  void aProfileOfPostgresFillsAnH2DatabaseWithoutDriftNotes(@TempDir Path dir) throws SQLException {
    Path file = dir.resolve("shop-profile.json");
    ProfileFile.write(profile, file);
    String url = "jdbc:h2:mem:from_postgres;DB_CLOSE_DELAY=-1";
    SynthConfig config = SynthConfig.defaults().withProfile(file.toString());
    String plan;
    try (Synth synth = Synth.connect(url, "sa", "")) {
      synth.runScript(ShopSource.DDL, "shop schema");
      plan = synth.describePlan(config);
      synth.populate(config);
    }

    assertThat(plan).doesNotContain("note:");
    try (Connection h2 = DriverManager.getConnection(url, "sa", "")) {
      Comparison copy = Evaluation.compare(profile, h2);
      // H2 and PostgreSQL pick quantiles by different rank rules: about 0.015 apart on the same
      // data.
      assertThat(copy.minColumnSimilarity()).isGreaterThanOrEqualTo(0.95);
      assertThat(copy.minFanOutSimilarity()).isGreaterThanOrEqualTo(0.9);
    }
  }

  @AfterAll
  static void drop() throws SQLException {
    if (source != null) {
      source.close();
    }
    if (copy != null) {
      copy.close();
    }
    if (noisyCopy != null) {
      noisyCopy.close();
    }
  }

  @Override
  Profile profile() {
    return profile;
  }

  @Override
  Comparison comparison() {
    return comparison;
  }

  @Override
  long rareSegmentsInOutput() throws SQLException {
    return copy.count(
        "SELECT COUNT(*) FROM " + copy.qualified("customer") + " WHERE segment LIKE 'rare%'");
  }
}
