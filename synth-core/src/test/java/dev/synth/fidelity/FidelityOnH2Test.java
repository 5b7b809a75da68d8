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
  private static Profile profile;
  private static Comparison comparison;

  @BeforeAll
  static void profileGenerateAndCompare() throws SQLException {
    try (Connection c = DriverManager.getConnection(SOURCE, "sa", "")) {
      ShopSource.create(c);
    }
    try (Synth synth = Synth.connect(SOURCE, "sa", "")) {
      profile = synth.profile(ProfileOptions.defaults().withK(K));
    }
    try (Synth synth = Synth.connect(COPY, "sa", "")) {
      synth.runScript(ShopSource.DDL, "shop schema");
      synth.populate(SynthConfig.defaults().withSeed(2026), null, profile);
    }
    try (Connection source = DriverManager.getConnection(SOURCE, "sa", "");
        Connection copy = DriverManager.getConnection(COPY, "sa", "")) {
      comparison = Evaluation.compare(source, copy);
    }
    System.out.println("H2 fidelity:\n" + comparison.summary());
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
