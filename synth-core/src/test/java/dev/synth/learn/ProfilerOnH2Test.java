package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.Synth;
import dev.synth.profile.Profile;
import dev.synth.schema.QualifiedName;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfilerOnH2Test extends KnownSourceProfileContract {
  private static final String URL = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private static Connection keepAlive;
  private static Profile profile;

  @BeforeAll
  static void profileTheKnownSource() throws SQLException {
    keepAlive = DriverManager.getConnection(URL, "sa", "");
    KnownSource.create(keepAlive);
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

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "sa", "");
  }

  @Override
  QualifiedName person() {
    return new QualifiedName("PUBLIC", "PERSON");
  }

  @Test
  void withoutTablesampleH2SamplesTheFirstRowsInScanOrder() throws SQLException {
    double[] ids = sampledPersonIds(300);

    assertThat(ids).hasSize(300);
    assertThat(Arrays.stream(ids).max().orElseThrow()).isEqualTo(300);
  }

  @Test
  void profilingRestoresTheConnectionsSettings() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
      Profiler.profile(c, ProfileOptions.defaults().withIncludes(List.of("event_log")));

      assertThat(c.getAutoCommit()).isTrue();
      assertThat(c.isReadOnly()).isFalse();
    }
  }

  @Test
  void includesAndExcludesNarrowTheTables() {
    try (Synth synth = Synth.connect(URL, "sa", "")) {
      Profile narrowed =
          synth.profile(
              ProfileOptions.defaults()
                  .withIncludes(List.of("parent", "child"))
                  .withExcludes(List.of("child")));

      assertThat(narrowed.tables()).extracting(t -> t.name()).containsExactly("PARENT");
    }
  }

  @Test
  void largerKSuppressesMoreValues() {
    try (Synth synth = Synth.connect(URL, "sa", "")) {
      Profile strict = synth.profile(ProfileOptions.defaults().withK(100));

      assertThat(strict.table("measure").column("category").categories().values())
          .extracting(f -> f.value())
          .containsExactly("alpha", "beta");
      assertThat(strict.suppressed()).hasSize(2);
    }
  }

  @Test
  void columnWithFewerThanKValuesReleasesNoQuantiles() {
    try (Synth synth = Synth.connect(URL, "sa", "")) {
      Profile strict =
          synth.profile(ProfileOptions.defaults().withK(100).withIncludes(List.of("event_log")));

      assertThat(strict.table("event_log").column("amount").quantiles()).isEmpty();
      assertThat(strict.table("event_log").column("amount").nullFraction()).isZero();
    }
  }
}
