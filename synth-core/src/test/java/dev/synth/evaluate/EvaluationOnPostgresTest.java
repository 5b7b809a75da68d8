package dev.synth.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synth.learn.ProfileOptions;
import dev.synth.learn.Profiler;
import dev.synth.profile.Profile;
import dev.synth.servers.ServerDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Comparisons on PostgreSQL, between schemas of one database and with an H2 source: a source shop,
 * an identical copy and a shop drawn with another seed.
 */
class EvaluationOnPostgresTest {
  private static final double EXACT = 1e-9;
  private static ServerDatabase db;
  private static String copy;
  private static String other;

  @BeforeAll
  static void createTheShops() throws SQLException {
    db = ServerDatabase.create(ServerDatabase.Server.POSTGRES);
    copy = db.extraSchema("copy");
    other = db.extraSchema("other");
    try (Connection source = db.connect();
        Connection same = connect(copy);
        Connection different = connect(other)) {
      Shop.create(source, 7);
      Shop.create(same, 7);
      Shop.create(different, 8);
    }
  }

  @AfterAll
  static void dropTheShops() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private static Connection connect(String schema) throws SQLException {
    return DriverManager.getConnection(
        db.url().replace("currentSchema=" + db.name(), "currentSchema=" + schema), db.user(), "");
  }

  private static CompareOptions between(String synthetic) {
    return CompareOptions.defaults().withSourceSchema(db.name()).withSyntheticSchema(synthetic);
  }

  @Test
  void anIdenticalCopyIsAlikeInEveryRespect() throws SQLException {
    try (Connection source = db.connect();
        Connection synthetic = connect(copy)) {
      Comparison comparison = Evaluation.compare(source, synthetic, between(copy));

      assertThat(comparison.tables())
          .extracting(TableComparison::table)
          .containsExactlyInAnyOrder("customer", "orders");
      assertThat(comparison.table("customer").columns()).hasSize(9);
      assertThat(comparison.minColumnSimilarity()).isCloseTo(1.0, within(EXACT));
      assertThat(comparison.maxCorrelationMad()).isCloseTo(0.0, within(EXACT));
      assertThat(comparison.minFanOutSimilarity()).isCloseTo(1.0, within(EXACT));
      assertThat(comparison.table("customer").exactMatchShare()).hasValue(1.0);
      assertThat(comparison.table("orders").exactMatchShare()).hasValue(1.0);
    }
  }

  @Test
  void comparingWithTheSourcesProfileAgreesWithComparingWithTheSource() throws SQLException {
    try (Connection source = db.connect();
        Connection synthetic = connect(other)) {
      Profile profile = Profiler.profile(source, ProfileOptions.defaults().withSchema(db.name()));

      Comparison withProfile =
          Evaluation.compare(
              profile, synthetic, CompareOptions.defaults().withSyntheticSchema(other));
      Comparison withSource = Evaluation.compare(source, synthetic, between(other));

      for (TableComparison t : withSource.tables()) {
        TableComparison p = withProfile.table(t.table());
        for (ColumnSimilarity c : p.columns()) {
          assertThat(c.similarity())
              .as(c.toString())
              .isCloseTo(t.column(c.column()).similarity(), within(0.01));
        }
        assertThat(p.minFanOutSimilarity()).isCloseTo(t.minFanOutSimilarity(), within(0.01));
      }
      assertThat(withSource.minColumnSimilarity()).isGreaterThan(0.85).isLessThan(1.0);
      assertThat(withSource.table("customer").exactMatchShare()).hasValue(0.0);
    }
  }

  @Test
  void anH2SourceAndItsPostgresCopyAreAlikeToo() throws SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
        Connection synthetic = connect(copy)) {
      Shop.create(h2, 7);

      Comparison comparison =
          Evaluation.compare(h2, synthetic, CompareOptions.defaults().withSyntheticSchema(copy));

      // H2 picks the quantile of rank nearest p * (n - 1), PostgreSQL rank ceil(p * n): the same
      // values give points a rank apart, which costs at most about one step of the CDF
      assertThat(comparison.minColumnSimilarity()).isGreaterThanOrEqualTo(0.98);
      assertThat(comparison.minFanOutSimilarity()).isCloseTo(1.0, within(EXACT));
      assertThat(comparison.maxCorrelationMad()).isLessThanOrEqualTo(0.01);
      assertThat(comparison.table("CUSTOMER").column("TIER").similarity())
          .isCloseTo(1.0, within(EXACT));
      assertThat(comparison.table("CUSTOMER").exactMatchShare()).hasValue(1.0);
      assertThat(comparison.table("ORDERS").exactMatchShare()).hasValue(1.0);
    }
  }
}
