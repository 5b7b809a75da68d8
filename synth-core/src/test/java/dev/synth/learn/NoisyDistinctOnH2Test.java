package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.profile.ColumnProfile;
import dev.synth.profile.Profile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class NoisyDistinctOnH2Test {

  /** Adds 45 to every count: the 9 values of a column read as 54, above 50. */
  private static final Noise INFLATING = TestNoise.shifting(45);

  /** Takes 20 from every count: the 60 ages of a column read as 40, below 50. */
  private static final Noise DEFLATING = TestNoise.shifting(-20);

  @Test
  void aNumberNeverTurnsCategoricalUnderEpsilonWhateverItsNoisyDistinctCount() throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:mem:noisy_ages;DB_CLOSE_DELAY=-1", "sa", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE member (id INTEGER PRIMARY KEY, age INTEGER NOT NULL)");
      st.execute("INSERT INTO member SELECT x, 18 + MOD(x, 60) FROM SYSTEM_RANGE(1, 1800)");

      Profile profile = Profiler.profile(c, ProfileOptions.defaults().withEpsilon(1.0), DEFLATING);

      ColumnProfile age = profile.table("MEMBER").column("AGE");
      assertThat(age.distinct()).isEqualTo(40);
      assertThat(age.categories()).isNull();
    }
  }

  @Test
  void aTextColumnOfFewValuesStaysCategoricalWhenNoiseLiftsItsDistinctCountPast50()
      throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:mem:noisy_distinct;DB_CLOSE_DELAY=-1", "sa", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE ticket (id INTEGER PRIMARY KEY, queue VARCHAR(10) NOT NULL)");
      st.execute("INSERT INTO ticket SELECT x, 'queue' || MOD(x, 9) FROM SYSTEM_RANGE(1, 1800)");

      Profile profile = Profiler.profile(c, ProfileOptions.defaults().withEpsilon(1.0), INFLATING);

      ColumnProfile queue = profile.table("TICKET").column("QUEUE");
      assertThat(queue.distinct()).isEqualTo(54);
      assertThat(queue.categories()).isNotNull();
      assertThat(queue.categories().values()).hasSize(9);
    }
  }
}
