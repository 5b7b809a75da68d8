package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.profile.ColumnProfile;
import dev.synth.profile.FanOutBucket;
import dev.synth.profile.Frequency;
import dev.synth.profile.Profile;
import dev.synth.profile.TableProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A database measured on the terms of another's profile, as the quality check reads it. */
class MeasureOnH2Test {

  private static Connection database(String... sql) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE team (id INTEGER PRIMARY KEY)");
      st.execute(
          "CREATE TABLE member (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES team(id),"
              + " role VARCHAR(20), score INTEGER)");
      for (String s : sql) {
        st.execute(s);
      }
    }
    return c;
  }

  @Test
  void aColumnCategoricalInTheReferenceIsCountedByItsValuesWhateverTheTargetHolds()
      throws SQLException {
    try (Connection reference =
            database(
                "INSERT INTO team SELECT x FROM SYSTEM_RANGE(1, 20)",
                "INSERT INTO member SELECT x, 1 + MOD(x, 20), CASE WHEN x <= 60 THEN 'dev'"
                    + " ELSE 'ops' END, x FROM SYSTEM_RANGE(1, 100)");
        Connection target =
            database(
                "INSERT INTO team SELECT x FROM SYSTEM_RANGE(1, 4)",
                "INSERT INTO member SELECT x, CASE WHEN x <= 30 THEN 1 ELSE 2 END,"
                    + " CASE WHEN x <= 10 THEN 'dev' WHEN x <= 15 THEN NULL ELSE 'role ' || x"
                    + " END, 1000 + x FROM SYSTEM_RANGE(1, 40)")) {
      Profile profile = Profiler.profile(reference, ProfileOptions.defaults());

      TableProfile member = Profiler.measure(target, null, profile).table("member");

      ColumnProfile role = member.column("role");
      assertThat(role.categories().values()).containsExactly(new Frequency("dev", 10));
      assertThat(role.categories().other()).isEqualTo(25);
      assertThat(role.nullFraction()).isEqualTo(5 / 40.0);
      assertThat(member.column("score").quantiles()).hasSize(101);
      assertThat(member.column("score").quantiles().get(50)).startsWith("10");
      assertThat(member.foreignKeys().get(0).children())
          .containsExactly(
              new FanOutBucket(0, 0, 2), new FanOutBucket(10, 10, 1), new FanOutBucket(30, 30, 1));
      assertThat(member.correlations())
          .extracting(c -> c.a() + "-" + c.b())
          .containsExactlyElementsOf(
              profile.table("member").correlations().stream()
                  .map(c -> c.a() + "-" + c.b())
                  .toList());
    }
  }

  @Test
  void aTargetColumnOfOneOrTwoValuesHasItsMedianForEveryQuantile() throws SQLException {
    try (Connection reference =
            database(
                "INSERT INTO team VALUES (1)",
                "INSERT INTO member SELECT x, 1, 'dev', x FROM SYSTEM_RANGE(1, 100)");
        Connection target =
            database(
                "INSERT INTO team VALUES (1)",
                "INSERT INTO member VALUES (1, 1, 'dev', 5), (2, 1, 'dev', NULL)")) {
      Profile profile = Profiler.profile(reference, ProfileOptions.defaults());

      TableProfile member = Profiler.measure(target, null, profile).table("member");

      assertThat(member.column("score").quantiles()).hasSize(101).containsOnly("5");
      assertThat(member.column("score").nullFraction()).isEqualTo(0.5);
    }
  }
}
