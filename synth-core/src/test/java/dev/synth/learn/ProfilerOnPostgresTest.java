package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.Synth;
import dev.synth.profile.Profile;
import dev.synth.schema.QualifiedName;
import dev.synth.servers.ServerDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfilerOnPostgresTest extends KnownSourceProfileContract {
  private static ServerDatabase db;
  private static long objectsBefore;
  private static Profile profile;

  @BeforeAll
  static void profileTheKnownSource() throws SQLException {
    db = ServerDatabase.create(ServerDatabase.Server.POSTGRES);
    try (Connection c = db.connect()) {
      KnownSource.create(c);
    }
    objectsBefore = objectsInSchema();
    try (Synth synth = Synth.connect(db.url(), db.user(), "")) {
      profile = synth.profile(ProfileOptions.defaults().withSchema(db.name()));
    }
  }

  @AfterAll
  static void dropTheSource() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @Override
  Profile profile() {
    return profile;
  }

  @Override
  Connection connect() throws SQLException {
    return db.connect();
  }

  @Override
  QualifiedName person() {
    return new QualifiedName(db.name(), "person");
  }

  @Test
  void tablesampleSpreadsTheSampleOverTheWholeTableAndRepeats() throws SQLException {
    double[] ids = sampledPersonIds(300);

    assertThat(Arrays.stream(ids).max().orElseThrow()).isGreaterThan(1700);
    assertThat(sampledPersonIds(300)).containsExactly(ids);
  }

  @Test
  void profilingCreatesNothingAndChangesNoRowInTheSource() throws SQLException {
    assertThat(objectsInSchema()).isEqualTo(objectsBefore);
    assertThat(db.count("SELECT COUNT(*) FROM measure")).isEqualTo(1000);
    assertThat(db.count("SELECT COUNT(*) FROM child")).isEqualTo(160);
  }

  @Test
  void theProfilersConnectionRefusesWrites() throws SQLException {
    try (Connection c = db.connect();
        ReadOnlySource source = ReadOnlySource.open(c);
        Statement st = source.connection().createStatement()) {
      assertThatThrownBy(() -> st.execute("INSERT INTO event_log VALUES ('sneaky', 1)"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("read-only transaction")
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
    }
    assertThat(db.count("SELECT COUNT(*) FROM event_log WHERE kind = 'sneaky'")).isZero();
  }

  @Test
  void profilingRestoresTheConnectionsSettings() throws SQLException {
    try (Connection c = db.connect()) {
      Profiler.profile(c, ProfileOptions.defaults().withSchema(db.name()));

      assertThat(c.getAutoCommit()).isTrue();
      assertThat(c.isReadOnly()).isFalse();
      try (Statement st = c.createStatement()) {
        st.execute("UPDATE event_log SET amount = amount WHERE kind = 'none'");
      }
    }
  }

  @Test
  void aProfileWithEpsilonIsNoisyAccountedAndGatedOnPostgresToo() throws SQLException {
    Profile noisy;
    try (Connection c = db.connect()) {
      noisy =
          Profiler.profile(
              c,
              ProfileOptions.defaults()
                  .withSchema(db.name())
                  .withIncludes(java.util.List.of("measure", "person"))
                  .withEpsilon(20.0),
              TestNoise.seeded(7));
    }

    assertThat(noisy.privacy().spent().stream().mapToDouble(s -> s.epsilon()).sum())
        .isCloseTo(20, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(noisy.table("measure").rows())
        .isCloseTo(1000, org.assertj.core.api.Assertions.within(20L));
    assertThat(noisy.table("measure").column("category").categories().smallestCount())
        .isGreaterThanOrEqualTo(10);
    assertThat(noisy.table("measure").column("happened_on").quantiles().get(50))
        .startsWith("2025-");
    assertThat(noisy.table("person").correlations())
        .filteredOn(p -> p.a().equals("age") && p.b().equals("income"))
        .singleElement()
        .satisfies(p -> assertThat(p.rho()).isGreaterThan(0.8));
    assertThat(dev.synth.profile.ProfileFile.toJson(noisy)).doesNotContain("rare_");
  }

  private static long objectsInSchema() throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace"
                    + " WHERE n.nspname = ?")) {
      ps.setString(1, db.name());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
