package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synth.Synth;
import dev.synth.profile.ColumnProfile;
import dev.synth.profile.FanOutBucket;
import dev.synth.profile.ForeignKeyProfile;
import dev.synth.profile.Frequency;
import dev.synth.profile.PrivacySpend;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import dev.synth.profile.TableProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Profiles of {@link KnownSource} learned with epsilon: noisy, accounted, still gated. */
class PrivateProfileOnH2Test {
  private static final String URL = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private static Connection keepAlive;
  private static Profile exact;

  @BeforeAll
  static void createTheKnownSource() throws SQLException {
    keepAlive = DriverManager.getConnection(URL, "sa", "");
    KnownSource.create(keepAlive);
    exact = learn(ProfileOptions.defaults(), TestNoise.silent());
  }

  @AfterAll
  static void dropTheSource() throws SQLException {
    keepAlive.createStatement().execute("SHUTDOWN");
    keepAlive.close();
  }

  static Profile learn(ProfileOptions options, Noise noise) throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
      return Profiler.profile(c, options, noise);
    }
  }

  private static ProfileOptions only(String table, double epsilon) {
    return ProfileOptions.defaults().withIncludes(List.of(table)).withEpsilon(epsilon);
  }

  @Test
  void theSharesOfAllStatisticsSumToEpsilonSplitEquallyOverTheTables() {
    Profile noisy;
    try (Synth synth = Synth.connect(URL, "sa", "")) {
      noisy = synth.profile(ProfileOptions.defaults().withEpsilon(1.0));
    }
    List<PrivacySpend> spent = noisy.privacy().spent();

    assertThat(noisy.privacy().epsilon()).isEqualTo(1.0);
    assertThat(spent.stream().mapToDouble(PrivacySpend::epsilon).sum()).isCloseTo(1, within(1e-9));
    assertThat(spent.stream().mapToDouble(PrivacySpend::delta).sum()).isLessThanOrEqualTo(1e-6);
    assertThat(
            spent.stream()
                .collect(
                    Collectors.groupingBy(
                        PrivacySpend::table, Collectors.summingDouble(PrivacySpend::epsilon)))
                .values())
        .hasSize(5)
        .allSatisfy(perTable -> assertThat(perTable).isCloseTo(0.2, within(1e-9)));
    assertThat(spent)
        .filteredOn(s -> s.table().equals("MEASURE"))
        .extracting(PrivacySpend::statistic)
        .containsOnly("rows", "distinct", "histogram", "correlations")
        .hasSize(14);
  }

  @Test
  void noiseMakesTheProfileDifferYetItsCountsStayWithinAFewNoiseScales() throws SQLException {
    Profile noisy = learn(only("measure", 1), TestNoise.seeded(11));
    TableProfile measure = noisy.table("measure");
    // 14 statistics share epsilon 1: each count's noise has a scale of about 14.
    double scale = 14;

    assertThat(ProfileFile.toJson(noisy)).isNotEqualTo(ProfileFile.toJson(exact));
    assertThat(measure.rows()).isCloseTo(1000, within((long) (5 * scale)));
    assertThat(measure.column("maybe").nullFraction()).isCloseTo(0.25, within(5 * scale / 1000));
    assertThat(measure.column("id").distinct()).isCloseTo(1000, within((long) (5 * scale)));
    assertThat(measure.column("category").categories().values().get(0))
        .satisfies(
            alpha -> {
              assertThat(alpha.value()).isEqualTo("alpha");
              assertThat(alpha.count()).isCloseTo(600, within((long) (5 * scale)));
            });
  }

  @Test
  void everyReleasedValueAndBucketHasANoisyCountOfAtLeastKAndRareValuesNeverAppear()
      throws SQLException {
    for (long seed = 0; seed < 5; seed++) {
      Profile noisy = learn(ProfileOptions.defaults().withEpsilon(5.0), TestNoise.seeded(seed));

      for (TableProfile table : noisy.tables()) {
        table.columns().stream()
            .filter(c -> c.categories() != null)
            .forEach(c -> assertThat(c.categories().smallestCount()).isGreaterThanOrEqualTo(10));
        table.foreignKeys().stream()
            .flatMap(fk -> fk.children().stream())
            .forEach(b -> assertThat(b.parents()).isGreaterThanOrEqualTo(10));
        table.correlations().forEach(c -> assertThat(c.rho()).isBetween(-1.0, 1.0));
        table.columns().stream()
            .filter(c -> !c.nullable())
            .forEach(c -> assertThat(c.nullFraction()).isZero());
      }
      assertThat(ProfileFile.toJson(noisy)).doesNotContain("rare_");
    }
  }

  @Test
  void aNoisyProfileRoundTripsThroughJsonWithItsPrivacyRecord() throws SQLException {
    Profile noisy = learn(ProfileOptions.defaults().withEpsilon(3.0), TestNoise.seeded(5));
    String json = ProfileFile.toJson(noisy);

    assertThat(ProfileFile.parse(json, "noisy.json")).isEqualTo(noisy);
    assertThat(json).contains("\"privacy\": {", "\"mechanism\": \"geometric\"");
    assertThat(ProfileFile.toJson(exact)).doesNotContain("privacy", "epsilon");
  }

  @Test
  void valuesBelowTheStableThresholdGoToOtherEvenWithKRows() throws SQLException {
    ColumnProfile category =
        learn(only("measure", 10), TestNoise.silent()).table("measure").column("category");

    // epsilon 10/14 and delta 1e-6/14 per statistic: a value needs 24 rows; delta has 12.
    assertThat(category.categories().values())
        .containsExactly(
            new Frequency("alpha", 600), new Frequency("beta", 300), new Frequency("gamma", 80));
    assertThat(category.categories().other()).isEqualTo(20);
  }

  @Test
  void withoutDeltaOnlyValuesTheSchemaNamesCanBeReleased() throws SQLException {
    Profile noisy = learn(only("measure", 10).withDelta(0), TestNoise.silent());

    assertThat(noisy.table("measure").column("category").categories().values()).isEmpty();
    assertThat(noisy.table("measure").column("category").categories().other()).isEqualTo(1000);
    assertThat(noisy.table("measure").column("skewed").quantiles()).isEmpty();
    assertThat(noisy.privacy().spent()).allSatisfy(s -> assertThat(s.delta()).isZero());
  }

  @Test
  void quantilesComeFromNoisyBinsNotFromRows() throws SQLException {
    TableProfile measure = learn(only("measure", 10), TestNoise.silent()).table("measure");
    List<String> zeros = measure.column("zero_inflated").quantiles();
    List<String> skewed = measure.column("skewed").quantiles();
    List<String> days = measure.column("happened_on").quantiles();

    assertThat(zeros).hasSize(101);
    assertThat(zeros.get(50)).isEqualTo("0");
    assertThat(zeros.get(90)).isEqualTo("0");
    // With 1000 rows only bins of about 100 rows pass: the median of the cubes 0..99^3 is coarse.
    assertThat(Double.parseDouble(skewed.get(50)))
        .isBetween(49 * 49 * 49 / 2.0, 49 * 49 * 49 * 2.0);
    assertThat(skewed)
        .isSortedAccordingTo(java.util.Comparator.comparingDouble(Double::parseDouble));
    assertThat(LocalDate.parse(days.get(50)))
        .isBetween(KnownSource.FIRST_DAY.plusDays(470), KnownSource.FIRST_DAY.plusDays(530));
    assertThat(days.get(0)).isEqualTo(days.get(1));
  }

  @Test
  void correlationsFromKendallsTauAgreeWithTheExactOnesWithoutNoise() throws SQLException {
    TableProfile person = learn(only("person", 10), TestNoise.silent()).table("person");

    assertThat(person.correlations()).hasSameSizeAs(exact.table("person").correlations());
    for (int i = 0; i < person.correlations().size(); i++) {
      assertThat(person.correlations().get(i).rho())
          .isCloseTo(exact.table("person").correlations().get(i).rho(), within(0.05));
    }
  }

  @Test
  void fanOutBucketsBelowTheBarAreDroppedNotMerged() throws SQLException {
    Profile noisy =
        learn(
            ProfileOptions.defaults().withIncludes(List.of("child")).withEpsilon(10.0),
            TestNoise.silent());
    ForeignKeyProfile fk = noisy.table("child").foreignKeys().get(0);

    // epsilon 10/6 at sensitivity 2 and delta 1e-6/6/2: a bucket needs 21 parents.
    assertThat(fk.children())
        .containsExactly(new FanOutBucket(0, 0, 30), new FanOutBucket(1, 1, 40));
    assertThat(fk.nullFraction()).isEqualTo(10 / 160.0);
    assertThat(noisy.privacy().spent())
        .filteredOn(s -> s.statistic().equals("fanOut"))
        .singleElement()
        .satisfies(s -> assertThat(s.mechanism()).isEqualTo("geometric, threshold 21"));
  }
}
