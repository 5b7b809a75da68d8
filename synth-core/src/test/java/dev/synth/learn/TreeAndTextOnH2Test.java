package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.Synth;
import dev.synth.profile.DepthCount;
import dev.synth.profile.Profile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TreeAndTextOnH2Test extends TreeAndTextProfileContract {
  private static final String URL = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private static Connection keepAlive;
  private static Profile profile;

  @BeforeAll
  static void profileTheSource() throws SQLException {
    keepAlive = DriverManager.getConnection(URL, "sa", "");
    TreeAndTextSource.create(keepAlive);
    try (Synth synth = Synth.connect(URL, "sa", "")) {
      profile = synth.profile(ProfileOptions.defaults());
    }
  }

  @AfterAll
  static void dropTheSource() throws SQLException {
    keepAlive.createStatement().execute("SHUTDOWN");
    keepAlive.close();
  }

  @Override
  Profile profile() {
    return profile;
  }

  @Test
  void largerKMergesMoreLevelsAndTooFewRootsTakeInTheLevelBelow() {
    try (Synth synth = Synth.connect(URL, "sa", "")) {
      // Depth 4 (5 rows) joins depth 3; depth 1 (40) joins the roots (10), still fewer than k, so
      // they take in depth 2 (150).
      Profile strict =
          synth.profile(ProfileOptions.defaults().withK(100).withIncludes(List.of("employee")));

      assertThat(strict.table("employee").foreignKeys().get(0).depths())
          .containsExactly(new DepthCount(0, 200), new DepthCount(3, 305));
      assertThat(strict.table("employee").column("badge").shape()).isEqualTo("AA-9999");
    }
  }
}
