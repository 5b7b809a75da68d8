package dev.synth.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synth.Synth;
import dev.synth.learn.ProfileOptions;
import dev.synth.profile.Profile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompareWithSynthTest {

  @Test
  void aSynthComparesItsDatabaseWithASourceAndWithAProfile() throws SQLException {
    String sourceUrl = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    String syntheticUrl = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Connection keepSource = DriverManager.getConnection(sourceUrl, "sa", "");
        Connection keepSynthetic = DriverManager.getConnection(syntheticUrl, "sa", "");
        Synth source = Synth.connect(sourceUrl, "sa", "");
        Synth synthetic = Synth.connect(syntheticUrl, "sa", "")) {
      Shop.create(keepSource, 3);
      Shop.create(keepSynthetic, 3);
      Profile profile = source.profile(ProfileOptions.defaults());

      Comparison withSource = synthetic.compareWith(source, CompareOptions.defaults());
      Comparison withProfile = synthetic.compareWith(profile, CompareOptions.defaults());

      assertThat(withSource.minColumnSimilarity()).isCloseTo(1.0, within(1e-9));
      assertThat(withSource.table("customer").exactMatchShare()).hasValue(1.0);
      assertThat(withProfile.minColumnSimilarity()).isCloseTo(1.0, within(1e-9));
      assertThat(withProfile.table("customer").exactMatchShare()).isEmpty();
      keepSource.createStatement().execute("SHUTDOWN");
      keepSynthetic.createStatement().execute("SHUTDOWN");
    }
  }
}
