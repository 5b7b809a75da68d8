package dev.synth.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.synth.SynthException;
import dev.synth.learn.ProfileOptions;
import dev.synth.learn.Profiler;
import dev.synth.profile.Profile;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationOnH2Test {
  private static final double EXACT = 1e-9;

  @Test
  void identicalDatabasesAreAlikeInEveryRespect() throws SQLException {
    try (TwoH2 dbs = new TwoH2()) {
      Shop.create(dbs.source, 7);
      Shop.create(dbs.synthetic, 7);

      Comparison comparison = dbs.compare();

      assertThat(comparison.tables())
          .extracting(TableComparison::table)
          .containsExactly("CUSTOMER", "ORDERS");
      assertThat(comparison.table("customer").columns())
          .extracting(ColumnSimilarity::column)
          .contains("TIER", "AGE", "INCOME", "JOINED_ON", "SEEN_AT", "PAID_AT", "WAKES", "NOTE");
      assertThat(comparison.table("customer").column("note").statistic())
          .isEqualTo(Statistic.LENGTH_KS);
      assertThat(comparison.table("customer").column("tier").statistic()).isEqualTo(Statistic.TVD);
      assertThat(comparison.minColumnSimilarity()).isCloseTo(1.0, within(EXACT));
      assertThat(comparison.table("customer").correlationPairs()).isGreaterThan(5);
      assertThat(comparison.maxCorrelationMad()).isCloseTo(0.0, within(EXACT));
      assertThat(comparison.table("orders").fanOuts())
          .singleElement()
          .satisfies(f -> assertThat(f.similarity()).isCloseTo(1.0, within(EXACT)));
      assertThat(comparison.table("customer").exactMatchShare()).hasValue(1.0);
      assertThat(comparison.table("orders").columns())
          .filteredOn(ColumnSimilarity::key)
          .extracting(ColumnSimilarity::column)
          .containsExactly("ID", "CUSTOMER_ID");
      assertThat(comparison.table("orders").exactMatches().columns())
          .containsExactly("AMOUNT", "STATUS");
    }
  }

  @Test
  void numbersDatesTimesAndLengthsShiftedByHalfTheirRangeHaveSimilarityOneHalf()
      throws SQLException {
    String table =
        "CREATE TABLE shifted (v INTEGER, d DATE, ts TIMESTAMP, tz TIMESTAMP WITH TIME ZONE,"
            + " t TIME, note VARCHAR(200))";
    try (TwoH2 dbs = new TwoH2().both(table)) {
      dbs.source(shiftedRows(0)).synthetic(shiftedRows(50));

      TableComparison shifted = dbs.compare().table("shifted");

      for (String column : List.of("V", "D", "TS", "TZ", "T")) {
        assertThat(shifted.column(column).statistic()).isEqualTo(Statistic.KS);
        assertThat(shifted.column(column).similarity()).as(column).isCloseTo(0.5, within(0.02));
      }
      assertThat(shifted.column("note").statistic()).isEqualTo(Statistic.LENGTH_KS);
      assertThat(shifted.column("note").similarity()).isCloseTo(0.5, within(0.02));
      // the rows shifted by 50 of the first half are the source's second half
      assertThat(shifted.exactMatchShare()).hasValue(0.5);
    }
  }

  private static String shiftedRows(int shift) {
    return "INSERT INTO shifted SELECT x + "
        + shift
        + ", DATE '2024-01-01' + (x + "
        + shift
        + ") * INTERVAL '1' DAY, TIMESTAMP '2024-01-01 00:00:00' + (x + "
        + shift
        + ") * INTERVAL '1' HOUR, TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+02' + (x + "
        + shift
        + ") * INTERVAL '1' HOUR, TIME '00:00:00' + (x + "
        + shift
        + ") * INTERVAL '1' MINUTE, REPEAT('x', x + 1 + "
        + shift
        + ") FROM SYSTEM_RANGE(0, 99)";
  }

  @Test
  void categoriesFiftyFiftyAgainstEightyTwentyHaveTvdSimilarityPointSeven() throws SQLException {
    try (TwoH2 dbs = new TwoH2().both("CREATE TABLE pick (side VARCHAR(5) NOT NULL)")) {
      dbs.source(
          "INSERT INTO pick SELECT CASE WHEN x < 50 THEN 'a' ELSE 'b' END"
              + " FROM SYSTEM_RANGE(0, 99)");
      dbs.synthetic(
          "INSERT INTO pick SELECT CASE WHEN x < 80 THEN 'a' ELSE 'b' END"
              + " FROM SYSTEM_RANGE(0, 99)");

      ColumnSimilarity side = dbs.compare().table("pick").column("side");

      assertThat(side.statistic()).isEqualTo(Statistic.TVD);
      assertThat(side.similarity()).isCloseTo(0.7, within(EXACT));
    }
  }

  @Test
  void nullIsOneMoreValueSoAFifthMoreNullsCostsAFifth() throws SQLException {
    try (TwoH2 dbs = new TwoH2().both("CREATE TABLE maybe (v INTEGER, side VARCHAR(5))")) {
      dbs.both(
          "INSERT INTO maybe SELECT x, CASE WHEN x < 50 THEN 'a' ELSE 'b' END"
              + " FROM SYSTEM_RANGE(0, 99)");
      dbs.synthetic("INSERT INTO maybe SELECT NULL, NULL FROM SYSTEM_RANGE(1, 25)");

      TableComparison maybe = dbs.compare().table("maybe");

      assertThat(maybe.column("v").similarity()).isCloseTo(0.8, within(EXACT));
      // shares a .5 b .5 against a .4 b .4 null .2
      assertThat(maybe.column("side").similarity()).isCloseTo(0.8, within(EXACT));
    }
  }

  @Test
  void reshapedFanOutScoresOneMinusItsTvdWithAnExtraBinForUnseenCounts() throws SQLException {
    try (TwoH2 dbs =
        new TwoH2()
            .both("CREATE TABLE team (id INTEGER PRIMARY KEY)")
            .both(
                "CREATE TABLE member (id INTEGER PRIMARY KEY,"
                    + " team_id INTEGER NOT NULL REFERENCES team(id))")
            .both("INSERT INTO team SELECT x FROM SYSTEM_RANGE(1, 20)")) {
      // source: ten teams of one, ten of two; synthetic: fifteen of one, five of three
      dbs.source("INSERT INTO member SELECT x, x FROM SYSTEM_RANGE(1, 20)")
          .source("INSERT INTO member SELECT 100 + x, x FROM SYSTEM_RANGE(11, 20)");
      dbs.synthetic("INSERT INTO member SELECT x, x FROM SYSTEM_RANGE(1, 20)")
          .synthetic("INSERT INTO member SELECT 100 + x, x FROM SYSTEM_RANGE(16, 20)")
          .synthetic("INSERT INTO member SELECT 200 + x, x FROM SYSTEM_RANGE(16, 20)");

      FanOutSimilarity fanOut = dbs.compare().table("member").fanOuts().get(0);

      assertThat(fanOut.targetTable()).isEqualTo("TEAM");
      assertThat(fanOut.columns()).containsExactly("TEAM_ID");
      // |.5 - .75| + |.5 - 0| + |0 - .25| = 1, halved
      assertThat(fanOut.similarity()).isCloseTo(0.5, within(EXACT));
    }
  }

  @Test
  void reversedDependenceHasCorrelationMadTwo() throws SQLException {
    try (TwoH2 dbs =
        new TwoH2().both("CREATE TABLE pair (x DOUBLE PRECISION, y DOUBLE PRECISION)")) {
      dbs.source("INSERT INTO pair SELECT x, x FROM SYSTEM_RANGE(1, 100)");
      dbs.synthetic("INSERT INTO pair SELECT x, -x FROM SYSTEM_RANGE(1, 100)");

      TableComparison pair = dbs.compare().table("pair");

      assertThat(pair.correlationPairs()).isEqualTo(1);
      assertThat(pair.correlationMad()).isCloseTo(2.0, within(EXACT));
    }
  }

  @Test
  void aTableWithoutCorrelatedPairsHasNoCorrelationMad() throws SQLException {
    try (TwoH2 dbs =
        new TwoH2()
            .both("CREATE TABLE single (x INTEGER)")
            .both("INSERT INTO single SELECT x FROM SYSTEM_RANGE(1, 30)")) {
      TableComparison single = dbs.compare().table("single");

      assertThat(single.correlationPairs()).isZero();
      assertThat(single.correlationMad()).isNaN();
    }
  }

  @Test
  void copiedRowsAreExactMatchesWhateverTheirKeys() throws SQLException {
    try (TwoH2 dbs =
        new TwoH2()
            .both("CREATE TABLE team (id INTEGER PRIMARY KEY)")
            .both("INSERT INTO team SELECT x FROM SYSTEM_RANGE(1, 5)")
            .both(
                "CREATE TABLE person (id INTEGER PRIMARY KEY,"
                    + " team_id INTEGER REFERENCES team(id), name VARCHAR(20) NOT NULL,"
                    + " born DATE, score DOUBLE PRECISION)")) {
      dbs.source(
          "INSERT INTO person SELECT x, 1, 'p' || x, DATE '1980-01-01' + x * INTERVAL '1'"
              + " DAY, x / 7.0 FROM SYSTEM_RANGE(1, 100)");
      // ten copies under new ids and other teams, ninety rows that differ in one column
      dbs.synthetic(
          "INSERT INTO person SELECT 1000 + x, 2, 'p' || x, DATE '1980-01-01' + x *"
              + " INTERVAL '1' DAY, x / 7.0 FROM SYSTEM_RANGE(1, 10)");
      dbs.synthetic(
          "INSERT INTO person SELECT 1000 + x, 3, 'p' || x, DATE '1980-01-01' + x *"
              + " INTERVAL '1' DAY, x / 7.0 + 1 FROM SYSTEM_RANGE(11, 100)");

      ExactMatches matches = dbs.compare().table("person").exactMatches();

      assertThat(matches.columns()).containsExactly("NAME", "BORN", "SCORE");
      assertThat(matches.matches()).isEqualTo(10);
      assertThat(matches.share()).isCloseTo(0.10, within(EXACT));
      assertThat(matches.sampled()).isFalse();
    }
  }

  @Test
  void aSourceAboveTheMatchLimitIsSampledByHashAndTheShareEstimated() throws SQLException {
    try (TwoH2 dbs = new TwoH2().both("CREATE TABLE item (a INTEGER, b VARCHAR(20))")) {
      dbs.source("INSERT INTO item SELECT x, 'item ' || x FROM SYSTEM_RANGE(1, 5000)");
      // 30 % copies: every x divisible by 10 below 12000 lies in the source only when <= 5000
      dbs.synthetic("INSERT INTO item SELECT x, 'item ' || x FROM SYSTEM_RANGE(1, 1200)");
      dbs.synthetic("INSERT INTO item SELECT x, 'copy ' || x FROM SYSTEM_RANGE(1, 2800)");

      ExactMatches matches =
          Evaluation.compare(
                  dbs.source, dbs.synthetic, CompareOptions.defaults().withMatchLimit(200))
              .table("item")
              .exactMatches();

      assertThat(matches.sampled()).isTrue();
      assertThat(matches.keptShare()).isLessThanOrEqualTo(200 / 5000.0);
      assertThat(matches.sourceRows()).isEqualTo(5000);
      assertThat(matches.checkedRows()).isBetween(50L, 400L);
      assertThat(matches.share()).isCloseTo(0.30, within(0.12));
    }
  }

  @Test
  void comparingWithTheSourcesProfileAgreesWithComparingWithTheSource() throws SQLException {
    try (TwoH2 dbs = new TwoH2()) {
      Shop.create(dbs.source, 1);
      Shop.create(dbs.synthetic, 2);
      Profile profile = Profiler.profile(dbs.source, ProfileOptions.defaults());

      Comparison withProfile = Evaluation.compare(profile, dbs.synthetic);
      Comparison withSource = dbs.compare();

      for (TableComparison t : withSource.tables()) {
        TableComparison p = withProfile.table(t.table());
        assertThat(p.syntheticRows()).isEqualTo(t.syntheticRows());
        for (ColumnSimilarity c : p.columns()) {
          assertThat(c.similarity())
              .as(c.toString())
              .isCloseTo(t.column(c.column()).similarity(), within(0.01));
        }
        assertThat(p.minFanOutSimilarity()).isCloseTo(t.minFanOutSimilarity(), within(0.01));
        assertThat(p.exactMatches()).isNull();
      }
      assertThat(withSource.minColumnSimilarity()).isGreaterThan(0.85).isLessThan(1.0);
      assertThat(withProfile.maxCorrelationMad()).isLessThan(0.1);
      assertThat(withSource.maxCorrelationMad()).isLessThan(0.1);
    }
  }

  @Test
  void anEmptySyntheticTableResemblesNothing() throws SQLException {
    try (TwoH2 dbs = new TwoH2()) {
      Shop.create(dbs.source, 1);
      Shop.create(dbs.synthetic, 1);
      dbs.synthetic("DELETE FROM orders");
      double childless =
          count(
                  dbs,
                  "SELECT COUNT(*) FROM customer c WHERE NOT EXISTS"
                      + " (SELECT 1 FROM orders o WHERE o.customer_id = c.id)")
              / (double) Shop.CUSTOMERS;

      TableComparison orders = dbs.compare().table("orders");

      assertThat(orders.syntheticRows()).isZero();
      assertThat(orders.minColumnSimilarity()).isZero();
      assertThat(orders.exactMatchShare()).hasValue(0.0);
      // every customer is childless now: only the source's childless share is alike
      assertThat(childless).isBetween(0.1, 0.25);
      assertThat(orders.fanOuts().get(0).similarity()).isCloseTo(childless, within(EXACT));
    }
  }

  private static long count(TwoH2 dbs, String sql) throws SQLException {
    try (java.sql.Statement st = dbs.source.createStatement();
        java.sql.ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void columnsOfOneOrTwoValuesCompareToo() throws SQLException {
    try (TwoH2 dbs = new TwoH2().both("CREATE TABLE tiny (v DOUBLE PRECISION, w INTEGER)")) {
      dbs.both("INSERT INTO tiny VALUES (1.5, 1), (2.5, NULL)");

      TableComparison tiny = dbs.compare().table("tiny");

      assertThat(tiny.minColumnSimilarity()).isCloseTo(1.0, within(EXACT));
    }
  }

  @Test
  void aTableTheSyntheticDatabaseLacksFailsNamingIt() throws SQLException {
    try (TwoH2 dbs =
        new TwoH2()
            .source("CREATE TABLE gone (v INTEGER)")
            .synthetic("CREATE TABLE other (v INTEGER)")) {
      assertThatThrownBy(dbs::compare)
          .isInstanceOf(SynthException.class)
          .hasMessageContaining("no table GONE")
          .hasMessageContaining("its tables are [OTHER]");
    }
  }

  @Test
  void includesAndExcludesNarrowTheComparedTables() throws SQLException {
    try (TwoH2 dbs = new TwoH2()) {
      Shop.create(dbs.source, 1);
      Shop.create(dbs.synthetic, 1);

      Comparison onlyCustomers =
          Evaluation.compare(
              dbs.source, dbs.synthetic, CompareOptions.defaults().withExcludes(List.of("orders")));
      Comparison onlyOrders =
          Evaluation.compare(
              Profiler.profile(dbs.source, ProfileOptions.defaults()),
              dbs.synthetic,
              CompareOptions.defaults().withIncludes(List.of("orders")));

      assertThat(onlyCustomers.tables())
          .extracting(TableComparison::table)
          .containsExactly("CUSTOMER");
      assertThat(onlyOrders.tables()).extracting(TableComparison::table).containsExactly("ORDERS");
    }
  }

  @Test
  void theSummaryPrintsEveryFigure() throws SQLException {
    try (TwoH2 dbs = new TwoH2()) {
      Shop.create(dbs.source, 1);
      Shop.create(dbs.synthetic, 2);

      String summary = dbs.compare().summary();

      assertThat(summary)
          .contains("CUSTOMER: 500 reference rows, 500 synthetic rows")
          .containsPattern("ID +KS +\\d\\.\\d{3} \\(key\\)")
          .containsPattern("TIER +TVD +(0\\.9\\d\\d|1\\.000)\n")
          .containsPattern("NOTE +length KS +0\\.\\d{3}")
          .containsPattern("correlations +MAD +0\\.0\\d\\d over \\d+ pairs")
          .containsPattern("fan-out \\[CUSTOMER_ID\\] -> CUSTOMER +TVD +0\\.\\d{3}")
          .containsPattern("exact matches +share +0\\.\\d{3} \\(\\d+ of \\d+ checked")
          .containsPattern("Worst column: [A-Z]+\\.[A-Z_]+ 0\\.\\d{3} \\((KS|TVD|length KS)\\)");
    }
  }
}
