package dev.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import dev.synth.learn.ProfileOptions;
import dev.synth.profile.ColumnProfile;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import dev.synth.profile.TableProfile;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every standard H2 type, NOT NULL and nullable, filled through the public API. */
class EveryTypeOnH2Test {
  private static final int ROWS = 2_000;

  /**
   * Column stem to SQL type; each stem becomes {@code <stem>_nn NOT NULL} and {@code <stem>_opt}.
   */
  private static final Map<String, String> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("c_tinyint", "TINYINT");
    TYPES.put("c_smallint", "SMALLINT");
    TYPES.put("c_integer", "INTEGER");
    TYPES.put("c_bigint", "BIGINT");
    TYPES.put("c_dec", "DECIMAL(5,2)");
    TYPES.put("c_num", "NUMERIC(12,4)");
    TYPES.put("c_real", "REAL");
    TYPES.put("c_double", "DOUBLE PRECISION");
    TYPES.put("c_bool", "BOOLEAN");
    TYPES.put("c_char", "CHAR(3)");
    TYPES.put("c_varchar", "VARCHAR(7)");
    TYPES.put("c_text", "VARCHAR");
    TYPES.put("c_clob", "CLOB");
    TYPES.put("c_date", "DATE");
    TYPES.put("c_time", "TIME");
    TYPES.put("c_timetz", "TIME WITH TIME ZONE");
    TYPES.put("c_ts", "TIMESTAMP");
    TYPES.put("c_tstz", "TIMESTAMP WITH TIME ZONE");
    TYPES.put("c_uuid", "UUID");
    TYPES.put("c_binary", "BINARY(4)");
    TYPES.put("c_varbinary", "VARBINARY(16)");
    TYPES.put("c_blob", "BLOB");
    TYPES.put("c_enum", "ENUM('A','B','C')");
    TYPES.put("c_json", "JSON");
    TYPES.put("c_interval", "INTERVAL DAY TO SECOND");
    TYPES.put("c_array", "INTEGER ARRAY");
  }

  private InMemoryH2 db;

  @BeforeEach
  void createDatabase() throws SQLException {
    StringJoiner columns = new StringJoiner(",\n  ", "CREATE TABLE every_type (\n  ", ")");
    columns.add("id INTEGER PRIMARY KEY");
    TYPES.forEach(
        (stem, type) -> {
          columns.add(stem + "_nn " + type + " NOT NULL");
          columns.add(stem + "_opt " + type);
        });
    db = new InMemoryH2(columns.toString());
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    db.close();
  }

  private static SynthConfig config(long seed) {
    return SynthConfig.defaults()
        .withSeed(seed)
        .withTable("every_type", new TableConfig((long) ROWS, null, Map.of()));
  }

  @Test
  void fillsEveryRowWithNoNullInNotNullColumnsAndSomeNullsInNullableOnes() throws SQLException {
    PopulateReport report = db.populate(config(42));

    assertThat(report.rows("every_type")).isEqualTo(ROWS);
    assertThat(db.count("SELECT COUNT(*) FROM every_type")).isEqualTo(ROWS);
    SoftAssertions soft = new SoftAssertions();
    for (String stem : TYPES.keySet()) {
      soft.assertThat(nulls(stem + "_nn")).as(stem + "_nn NULLs").isZero();
      soft.assertThat(nulls(stem + "_opt")).as(stem + "_opt NULLs").isBetween(50L, 600L);
    }
    soft.assertAll();
  }

  @Test
  void everyTypeIsProfiledAndTheProfileRoundTrips() {
    db.populate(config(42));

    try (Synth synth = Synth.connect(db.url, "sa", "")) {
      Profile profile = synth.profile(ProfileOptions.defaults());
      TableProfile table = profile.table("every_type");

      assertThat(table.rows()).isEqualTo(ROWS);
      assertThat(table.column("c_bool_nn").categories().values()).hasSize(2);
      assertThat(table.column("c_enum_nn").categories().values()).hasSize(3);
      assertThat(table.column("c_clob_nn").lengths()).hasSize(ColumnProfile.POINTS);
      assertThat(table.column("c_tstz_nn").quantiles()).allMatch(t -> t.matches(".*T.*([+-].*|Z)"));
      assertThat(table.column("c_json_nn").distinct()).isNull();
      assertThat(table.column("c_uuid_nn").distinct()).isEqualTo(ROWS);
      assertThat(ProfileFile.parse(ProfileFile.toJson(profile), "h2")).isEqualTo(profile);
    }
  }

  @Test
  void notNullColumnsHoldVariedValues() throws SQLException {
    db.populate(config(42));

    SoftAssertions soft = new SoftAssertions();
    for (String stem : TYPES.keySet()) {
      if (stem.equals("c_clob") || stem.equals("c_blob")) {
        continue; // H2 cannot compare large objects for DISTINCT
      }
      soft.assertThat(db.count("SELECT COUNT(DISTINCT " + stem + "_nn) FROM every_type"))
          .as(stem + "_nn distinct values")
          .isGreaterThan(1);
    }
    soft.assertThat(db.count("SELECT COUNT(DISTINCT c_uuid_nn) FROM every_type")).isEqualTo(ROWS);
    soft.assertAll();
  }

  @Test
  void textAndBinaryValuesFitTheirDeclaredLengths() throws SQLException {
    db.populate(config(42));

    for (String suffix : new String[] {"_nn", "_opt"}) {
      assertThat(violations("CHAR_LENGTH(c_char%s) <> 3", suffix)).isZero();
      assertThat(violations("CHAR_LENGTH(c_varchar%s) NOT BETWEEN 1 AND 7", suffix)).isZero();
      assertThat(violations("OCTET_LENGTH(c_binary%s) <> 4", suffix)).isZero();
      assertThat(violations("OCTET_LENGTH(c_varbinary%s) NOT BETWEEN 1 AND 16", suffix)).isZero();
      assertThat(violations("CHAR_LENGTH(c_text%s) = 0", suffix)).isZero();
      assertThat(violations("OCTET_LENGTH(c_blob%s) = 0", suffix)).isZero();
    }
  }

  @Test
  void decimalsRespectPrecisionAndScale() throws SQLException {
    db.populate(config(42));

    for (String suffix : new String[] {"_nn", "_opt"}) {
      assertThat(violations("ABS(c_dec%s) >= 1000", suffix)).isZero();
      assertThat(violations("c_dec%1$s <> ROUND(c_dec%1$s, 2)", suffix)).isZero();
      assertThat(violations("ABS(c_num%s) >= 100000000", suffix)).isZero();
      assertThat(violations("c_num%1$s <> ROUND(c_num%1$s, 4)", suffix)).isZero();
    }
    assertThat(db.count("SELECT COUNT(*) FROM every_type WHERE c_dec_nn <> ROUND(c_dec_nn, 0)"))
        .as("DECIMAL(5,2) values with a fraction")
        .isPositive();
  }

  @Test
  void enumsTakeDeclaredValuesAndJsonIsAnObject() throws SQLException {
    db.populate(config(42));

    for (String suffix : new String[] {"_nn", "_opt"}) {
      assertThat(violations("CAST(c_enum%s AS VARCHAR) NOT IN ('A', 'B', 'C')", suffix)).isZero();
      assertThat(violations("c_json%s IS NOT JSON OBJECT", suffix)).isZero();
    }
    assertThat(db.count("SELECT COUNT(DISTINCT c_enum_nn) FROM every_type")).isEqualTo(3);
  }

  @Test
  void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws SQLException {
    db.populate(config(42));
    String first = db.dump("every_type", "id");
    db.execute("DELETE FROM every_type");
    db.populate(config(42));
    String again = db.dump("every_type", "id");
    db.execute("DELETE FROM every_type");
    db.populate(config(7));
    String other = db.dump("every_type", "id");

    assertThat(again).isEqualTo(first).hasSizeGreaterThan(ROWS * 100);
    assertThat(other).isNotEqualTo(first);
  }

  private long nulls(String column) throws SQLException {
    return db.count("SELECT COUNT(*) FROM every_type WHERE " + column + " IS NULL");
  }

  /** Rows where the formatted condition holds (NULLs never count). */
  private long violations(String condition, String suffix) throws SQLException {
    return db.count("SELECT COUNT(*) FROM every_type WHERE " + String.format(condition, suffix));
  }
}
