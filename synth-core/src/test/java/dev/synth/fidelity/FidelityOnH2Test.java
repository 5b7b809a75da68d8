package dev.synth.fidelity;

import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import dev.synth.evaluate.Comparison;
import dev.synth.evaluate.Evaluation;
import dev.synth.learn.ProfileOptions;
import dev.synth.profile.Profile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;

class FidelityOnH2Test extends FidelityContract {
  private static final String SOURCE = "jdbc:h2:mem:fidelity_source;DB_CLOSE_DELAY=-1";
  private static final String COPY = "jdbc:h2:mem:fidelity_copy;DB_CLOSE_DELAY=-1";
  private static final String NOISY_COPY = "jdbc:h2:mem:fidelity_noisy_copy;DB_CLOSE_DELAY=-1";
  private static Profile profile;
  private static Comparison comparison;
  private static Profile noisyProfile;
  private static Comparison noisyComparison;

  @BeforeAll
  static void profileGenerateAndCompare() throws SQLException {
    try (Connection c = DriverManager.getConnection(SOURCE, "sa", "")) {
      ShopSource.create(c);
    }
    try (Synth synth = Synth.connect(SOURCE, "sa", "")) {
      profile = synth.profile(ProfileOptions.defaults().withK(K));
      noisyProfile = synth.profile(ProfileOptions.defaults().withK(K).withEpsilon(EPSILON));
    }
    comparison = fillAndCompare(COPY, profile);
    noisyComparison = fillAndCompare(NOISY_COPY, noisyProfile);
    System.out.println("H2 fidelity:\n" + comparison.summary());
    System.out.println("H2 fidelity, epsilon " + EPSILON + ":\n" + noisyComparison.summary());
  }

  private static Comparison fillAndCompare(String url, Profile learned) throws SQLException {
    try (Synth synth = Synth.connect(url, "sa", "")) {
      synth.runScript(ShopSource.DDL, "shop schema");
      synth.populate(SynthConfig.defaults().withSeed(2026), null, learned);
    }
    try (Connection source = DriverManager.getConnection(SOURCE, "sa", "");
        Connection copy = DriverManager.getConnection(url, "sa", "")) {
      return Evaluation.compare(source, copy);
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
    try (Connection c = DriverManager.getConnection(COPY, "sa", "");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT COUNT(*) FROM customer WHERE segment LIKE 'rare%'")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
