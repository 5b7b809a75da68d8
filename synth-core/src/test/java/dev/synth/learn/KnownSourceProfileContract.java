package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synth.profile.Categories;
import dev.synth.profile.ColumnProfile;
import dev.synth.profile.Correlation;
import dev.synth.profile.FanOutBucket;
import dev.synth.profile.ForeignKeyProfile;
import dev.synth.profile.Frequency;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import dev.synth.profile.Suppression;
import dev.synth.schema.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a profile of {@link KnownSource} must say, whichever database held it. */
abstract class KnownSourceProfileContract {

  /** The profile of the known source with the default k = 10. */
  abstract Profile profile();

  /** A new connection to the known source. */
  abstract Connection connect() throws SQLException;

  /** The {@code person} table's name as the source reports it. */
  abstract QualifiedName person();

  /**
   * The ids of a correlation sample of at most {@code limit} persons, read as the profiler does.
   */
  final double[] sampledPersonIds(int limit) throws SQLException {
    try (Connection c = connect();
        ReadOnlySource source = ReadOnlySource.open(c)) {
      return CorrelationSample.read(
              new SourceSql(source.connection()),
              person(),
              List.of(profile().table("person").column("id").name()),
              List.of(Map.of()),
              KnownSource.PERSONS,
              300)
          .column(0);
    }
  }

  private ColumnProfile column(String table, String column) {
    return profile().table(table).column(column);
  }

  @Test
  void rowCountsAndNullFractionsAreExact() {
    assertThat(profile().table("measure").rows()).isEqualTo(1000);
    assertThat(profile().table("child").rows()).isEqualTo(160);
    assertThat(column("measure", "maybe").nullFraction()).isEqualTo(0.25);
    assertThat(column("measure", "maybe").nullable()).isTrue();
    assertThat(column("measure", "skewed").nullFraction()).isZero();
    assertThat(column("measure", "id").distinct()).isEqualTo(1000);
  }

  @Test
  void zeroInflatedColumnHasZeroMedianAndPositiveTail() {
    List<String> q = column("measure", "zero_inflated").quantiles();

    assertThat(Double.parseDouble(q.get(50))).isZero();
    assertThat(Double.parseDouble(q.get(90))).isZero();
    assertThat(Double.parseDouble(q.get(95))).isEqualTo(500);
  }

  @Test
  void skewedAndDateQuantilesAreTheKnownOnes() {
    List<String> skewed = column("measure", "skewed").quantiles();
    List<String> days = column("measure", "happened_on").quantiles();

    assertThat(Double.parseDouble(skewed.get(50))).isCloseTo(49 * 49 * 49, within(0.001));
    assertThat(Double.parseDouble(skewed.get(90))).isCloseTo(89 * 89 * 89, within(0.001));
    assertThat(days.get(50)).isIn(day(499), day(500));
  }

  private static String day(int sinceFirst) {
    return KnownSource.FIRST_DAY.plusDays(sinceFirst).toString();
  }

  @Test
  void extremesAreClippedToTheFirstAndLastPercentile() {
    List<String> ids = column("measure", "id").quantiles();
    List<String> days = column("measure", "happened_on").quantiles();

    // PostgreSQL takes rank ceil(p * n), H2 the rank nearest p * (n - 1): one apart at most.
    assertThat(ids).hasSize(101).doesNotContain("1", "1000");
    assertThat(ids.get(0)).isEqualTo(ids.get(1)).isIn("10", "11");
    assertThat(ids.get(100)).isEqualTo(ids.get(99)).isIn("990", "991");
    assertThat(days.get(0)).isIn(day(9), day(10));
    assertThat(days.get(100)).isIn(day(989), day(990));
  }

  @Test
  void valuesRarerThanKAreMergedIntoOtherAndNeverWritten() {
    Categories category = column("measure", "category").categories();

    assertThat(category.values())
        .containsExactly(
            new Frequency("alpha", 600),
            new Frequency("beta", 300),
            new Frequency("gamma", 80),
            new Frequency("delta", 12));
    assertThat(category.other()).isEqualTo(8);
    assertThat(column("measure", "category").quantiles()).isEmpty();
    assertThat(profile().suppressed())
        .singleElement()
        .extracting(Suppression::column, Suppression::values, Suppression::rows)
        .containsExactly(column("measure", "category").name(), 3L, 8L);
    assertThat(ProfileFile.toJson(profile())).doesNotContain("rare_");
  }

  @Test
  void fanOutHistogramCountsParentsWithoutChildren() {
    ForeignKeyProfile fk = profile().table("child").foreignKeys().get(0);

    assertThat(fk.nullFraction()).isEqualTo(10 / 160.0);
    assertThat(fk.targetTable()).isEqualToIgnoringCase("parent");
    assertThat(fk.children())
        .containsExactly(
            new FanOutBucket(0, 0, 30),
            new FanOutBucket(1, 1, 40),
            new FanOutBucket(3, 3, 20),
            new FanOutBucket(5, 5, 10));
  }

  @Test
  void tableWithoutPrimaryKeyIsProfiledAndItsFewRowsStillHideMinAndMax() {
    assertThat(profile().table("event_log").rows()).isEqualTo(60);
    assertThat(column("event_log", "kind").categories().values())
        .containsExactly(new Frequency("open", 36), new Frequency("close", 24));
    assertThat(column("event_log", "amount").quantiles())
        .hasSize(101)
        .startsWith("2", "2")
        .endsWith("59", "59");
  }

  @Test
  void textColumnsKeepOnlyClippedLengths() {
    ColumnProfile label = column("parent", "label");

    assertThat(label.categories()).isNull();
    assertThat(label.lengths()).hasSize(101).startsWith(15L, 15L).endsWith(16L, 16L);
    assertThat(ProfileFile.toJson(profile())).doesNotContain("parent number");
  }

  private double rho(String a, String b) {
    return profile().table("person").correlations().stream()
        .filter(c -> c.a().equalsIgnoreCase(a) && c.b().equalsIgnoreCase(b))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no correlation of " + a + " and " + b))
        .rho();
  }

  @Test
  void dependentColumnsAreStronglyCorrelatedAndIndependentOnesNot() {
    assertThat(rho("age", "income")).isGreaterThan(0.8);
    assertThat(rho("age", "debt")).isLessThan(-0.8);
    assertThat(rho("income", "debt")).isLessThan(-0.7);
    assertThat(rho("age", "score")).isBetween(-0.1, 0.1);
    assertThat(rho("income", "score")).isBetween(-0.1, 0.1);
  }

  @Test
  void correlationsAreRoundedPairsInColumnOrderWithoutConstantColumnsOrTheKey() {
    List<Correlation> pairs = profile().table("person").correlations();

    assertThat(pairs)
        .extracting(c -> (c.a() + "~" + c.b()).toLowerCase(java.util.Locale.ROOT))
        .containsExactly(
            "age~income", "age~debt", "age~score", "income~debt", "income~score", "debt~score");
    assertThat(pairs)
        .allSatisfy(
            c -> assertThat(c.rho() * 100).isCloseTo(Math.rint(c.rho() * 100), within(1e-9)));
  }

  @Test
  void tableLargerThanTheSampleLimitIsSampledToAtMostTheLimit() throws SQLException {
    assertThat(sampledPersonIds(300).length).isBetween(200, 300);
  }

  @Test
  void correlationsFromABoundedSampleStillShowTheDependence() throws SQLException {
    try (Connection c = connect();
        ReadOnlySource source = ReadOnlySource.open(c)) {
      List<Correlation> pairs =
          Correlations.learn(
              new SourceSql(source.connection()),
              person(),
              profile().table("person").columns(),
              KnownSource.PERSONS,
              10,
              300);

      assertThat(pairs)
          .filteredOn(p -> p.a().equalsIgnoreCase("age") && p.b().equalsIgnoreCase("income"))
          .singleElement()
          .satisfies(p -> assertThat(p.rho()).isGreaterThan(0.8));
    }
  }

  @Test
  void profileRoundTripsThroughJsonWithStableText() {
    String json = ProfileFile.toJson(profile());

    assertThat(ProfileFile.parse(json, "profile.json")).isEqualTo(profile());
    assertThat(ProfileFile.toJson(ProfileFile.parse(json, "profile.json"))).isEqualTo(json);
  }
}
