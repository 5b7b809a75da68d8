package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.PlanException;
import dev.synth.Synth;
import dev.synth.config.ColumnConfig;
import dev.synth.config.SynthConfig;
import dev.synth.servers.ServerDatabase.Server;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every MariaDB column type the engine generates, checked by the server itself. */
class MariadbTypesTest {
  private static final int ROWS = 300;
  private static ServerDatabase db;

  @BeforeAll
  static void populate() throws Exception {
    db = ServerDatabase.create(Server.MARIADB);
    try (Synth synth = Synth.connect(db.url(), db.user(), "")) {
      synth.runScript(Fixtures.read("servers/mariadb-types.sql"), "mariadb-types.sql");
      synth.populate(SynthConfig.defaults().withRows(ROWS));
    }
  }

  @AfterAll
  static void drop() throws Exception {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void autoIncrementKeysOfIntAndBigintUnsignedAreOneToN() throws Exception {
    assertThat(db.count("SELECT MIN(id) * 1000 + MAX(id) FROM counter")).isEqualTo(1000 + ROWS);
    assertThat(db.count("SELECT MIN(id) * 1000 + MAX(id) FROM moment")).isEqualTo(1000 + ROWS);
  }

  @Test
  void tinyintOfWidthOneAndBooleanHoldOnlyZeroAndOne() throws Exception {
    assertThat(db.count("SELECT COUNT(*) FROM counter WHERE flag NOT IN (0, 1)")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM counter WHERE active NOT IN (0, 1)")).isZero();
    assertThat(db.count("SELECT COUNT(DISTINCT flag) + COUNT(DISTINCT active) FROM counter"))
        .isEqualTo(4);
  }

  @Test
  void unsignedIntegersUseTheirRangeAboveTheSignedMaximum() throws Exception {
    assertThat(db.count("SELECT MAX(tiu) FROM counter")).isGreaterThan(127);
    assertThat(db.count("SELECT MAX(siu) FROM counter")).isGreaterThan(32767);
    assertThat(db.count("SELECT MAX(iiu) FROM counter")).isGreaterThan(Integer.MAX_VALUE);
    assertThat(db.count("SELECT MIN(mi) FROM counter")).isLessThan(-32768);
    assertThat(db.count("SELECT COUNT(*) FROM counter WHERE biu < 0 OR big_id < 0")).isZero();
  }

  @Test
  void bitColumnsHoldValuesOfTheirWidth() throws Exception {
    assertThat(db.count("SELECT MAX(bits + 0) FROM counter")).isBetween(16L, 31L);
    assertThat(db.count("SELECT COUNT(DISTINCT one_bit) FROM counter")).isEqualTo(2);
  }

  @Test
  void setColumnsHoldCommaJoinedSubsetsOfTheirMembers() throws Exception {
    assertThat(db.count("SELECT COUNT(DISTINCT tags) FROM document")).isEqualTo(8);
    assertThat(db.count("SELECT COUNT(*) FROM document WHERE tags LIKE '%,%'")).isPositive();
    assertThat(db.count("SELECT COUNT(*) FROM document WHERE tags_null IS NOT NULL")).isPositive();
  }

  @Test
  void enumColumnsHoldOnlyDeclaredValues() throws Exception {
    assertThat(db.count("SELECT COUNT(*) FROM document WHERE mood NOT IN ('happy', 'sad', 'ok')"))
        .isZero();
    assertThat(db.count("SELECT COUNT(DISTINCT mood) FROM document")).isEqualTo(3);
  }

  @Test
  void jsonColumnsHoldValidJsonInsteadOfNull() throws Exception {
    assertThat(db.count("SELECT COUNT(*) FROM document WHERE NOT JSON_VALID(payload)")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM document WHERE payload_null IS NOT NULL"))
        .isGreaterThan(ROWS / 2);
  }

  @Test
  void timestampsStayInsideTheTypesEpochRange() throws Exception {
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM moment WHERE UNIX_TIMESTAMP(stamp) NOT BETWEEN 1 AND"
                    + " 2147483647"))
        .isZero();
    assertThat(db.count("SELECT COUNT(*) FROM moment WHERE born NOT BETWEEN 1901 AND 2155"))
        .isZero();
  }

  @Test
  void timestampsKeepTheReferenceWindowAndUpdatedAfterCreated() throws Exception {
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM moment WHERE stamp < '2015-01-01' OR stamp >= '2026-01-01'"))
        .isZero();
    assertThat(db.count("SELECT COUNT(*) FROM moment WHERE updated_at < created_at")).isZero();
  }

  @Test
  void aNullableGeometryColumnIsLeftNull() throws Exception {
    assertThat(db.count("SELECT COUNT(*) FROM document WHERE place IS NOT NULL")).isZero();
  }

  @Test
  void multiByteTextFitsTheDeclaredCharacterLength() throws Exception {
    try (ServerDatabase own = ServerDatabase.create(Server.MARIADB);
        Synth synth = Synth.connect(own.url(), own.user(), "")) {
      synth.runScript(
          "CREATE TABLE label (id INT PRIMARY KEY, title VARCHAR(5) NOT NULL)"
              + " DEFAULT CHARSET = utf8mb4",
          "inline");
      Map<Object, Double> titles = Map.of("żółćé", 1.0, "日本語です", 1.0, "🙂🙂🙂🙂🙂", 1.0);
      synth.populate(
          Fixtures.withColumn(
              SynthConfig.defaults().withRows(30), "label", "title", ColumnConfig.values(titles)));

      assertThat(own.count("SELECT COUNT(DISTINCT title) FROM label")).isEqualTo(3);
      assertThat(own.count("SELECT COUNT(*) FROM label WHERE title = '🙂🙂🙂🙂🙂'")).isPositive();
      assertThat(own.count("SELECT MAX(CHAR_LENGTH(title)) FROM label")).isEqualTo(5);
    }
  }

  @Test
  void aNotNullGeometryColumnFailsThePlanUntilARuleGivesItValues() throws Exception {
    try (ServerDatabase own = ServerDatabase.create(Server.MARIADB);
        Synth synth = Synth.connect(own.url(), own.user(), "")) {
      synth.runScript("CREATE TABLE spot (id INT PRIMARY KEY, place POINT NOT NULL)", "inline");

      assertThatThrownBy(() -> synth.populate(SynthConfig.defaults().withRows(10)))
          .isInstanceOf(PlanException.class)
          .hasMessageContaining(own.qualified("spot") + ".place")
          .hasMessageContaining("point")
          .hasMessageContaining("synth.yaml");
      assertThat(own.count("SELECT COUNT(*) FROM spot")).isZero();

      synth.populate(
          Fixtures.withColumn(
              SynthConfig.defaults().withRows(10),
              "spot",
              "place",
              ColumnConfig.faker("POINT(#{number.digit} 52)")));
      assertThat(own.count("SELECT COUNT(*) FROM spot WHERE ST_Y(place) = 52")).isEqualTo(10);
    }
  }
}
