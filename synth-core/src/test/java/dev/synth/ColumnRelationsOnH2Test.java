package dev.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.config.SynthConfig;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Checks comparing two columns of a row, on types whose values can run out of room. */
class ColumnRelationsOnH2Test {
  private static final int ROWS = 3_000;

  private InMemoryH2 db;

  @AfterEach
  void dropDatabase() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private long filled(String ddl, String violation) throws SQLException {
    db = new InMemoryH2(ddl);
    db.populate(SynthConfig.defaults().withRows(ROWS));
    assertThat(db.count("SELECT COUNT(*) FROM t")).isEqualTo(ROWS);
    return db.count("SELECT COUNT(*) FROM t WHERE " + violation);
  }

  @Test
  void aClosingTimeAfterTheOpeningTimeNeverWrapsPastMidnight() throws SQLException {
    long wrong =
        filled(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, opens TIME NOT NULL, closes TIME NOT NULL,"
                + " CHECK (closes > opens))",
            "closes <= opens");

    assertThat(wrong).isZero();
  }

  @Test
  void anUpperPriceAtLeastTheLowerOneStaysWithinTheDecimalPrecision() throws SQLException {
    long wrong =
        filled(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, low_price DECIMAL(4,2) NOT NULL,"
                + " high_price DECIMAL(4,2) NOT NULL, CHECK (high_price >= low_price))",
            "high_price < low_price");

    assertThat(wrong).isZero();
  }

  @Test
  void aSmallIntegerAtLeastAnotherStaysWithinItsType() throws SQLException {
    long wrong =
        filled(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, lo TINYINT NOT NULL, hi TINYINT NOT NULL,"
                + " CHECK (hi >= lo))",
            "hi < lo");

    assertThat(wrong).isZero();
  }

  @Test
  void timestampsWithTimeZonesFollowEachOther() throws SQLException {
    long wrong =
        filled(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, starts_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " ends_at TIMESTAMP WITH TIME ZONE, CHECK (ends_at > starts_at))",
            "ends_at <= starts_at");

    assertThat(wrong).isZero();
  }

  @Test
  void aShorterLengthIsKeptBelowALongerOneOfTheSameRow() throws SQLException {
    long wrong =
        filled(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, min_qty INTEGER NOT NULL CHECK (min_qty > 0),"
                + " max_qty INTEGER NOT NULL, CHECK (max_qty >= min_qty), CHECK (max_qty < 1000))",
            "max_qty < min_qty OR max_qty >= 1000");

    assertThat(wrong).isZero();
  }
}
