package dev.synth;

import static dev.synth.InMemoryH2.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Unique keys of every shape, filled at scale and checked for duplicates and orphans. */
class UniqueKeysOnH2Test {
  private InMemoryH2 db;

  @AfterEach
  void dropDatabase() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void aUniqueIntegerCheckedBetween1And5000TakesEveryValueOnceFor5000Rows() throws SQLException {
    db =
        new InMemoryH2(
            "CREATE TABLE slot (id INTEGER PRIMARY KEY,"
                + " n INTEGER NOT NULL UNIQUE CHECK (n BETWEEN 1 AND 5000))");

    db.populate(rows("slot", 5_000));

    assertThat(db.count("SELECT COUNT(DISTINCT n) FROM slot")).isEqualTo(5_000);
    assertThat(db.count("SELECT MIN(n) FROM slot")).isEqualTo(1);
    assertThat(db.count("SELECT MAX(n) FROM slot")).isEqualTo(5_000);
  }

  @Test
  void uniqueDatesUuidsAndTwoLetterCodesNeverRepeat() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE event (id INTEGER PRIMARY KEY, held_on DATE NOT NULL UNIQUE,
          token UUID NOT NULL UNIQUE);
        CREATE TABLE code (id INTEGER PRIMARY KEY, code CHAR(2) NOT NULL UNIQUE);
        """);

    db.populate(rows("event", 3_000, "code", 1_000));

    assertThat(db.count("SELECT COUNT(*) FROM event")).isEqualTo(3_000);
    assertThat(db.duplicates("event", "held_on")).isZero();
    assertThat(db.duplicates("event", "token")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM code")).isEqualTo(1_000);
    assertThat(db.duplicates("code", "code")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM code WHERE CHAR_LENGTH(TRIM(code)) <> 2")).isZero();
  }

  @Test
  void aCompositeUniqueOfTwoPlainColumnsAndAUniqueIndexHoldAt5000Rows() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE stock (id INTEGER PRIMARY KEY, region VARCHAR(4) NOT NULL,
          shelf SMALLINT NOT NULL, sku VARCHAR(12) NOT NULL, bin INTEGER,
          CONSTRAINT stock_place UNIQUE (region, shelf));
        CREATE UNIQUE INDEX stock_sku ON stock (sku);
        CREATE UNIQUE INDEX stock_bin ON stock (region, bin);
        """);

    db.populate(rows("stock", 5_000));

    assertThat(db.count("SELECT COUNT(*) FROM stock")).isEqualTo(5_000);
    assertThat(db.duplicates("stock", "region, shelf")).isZero();
    assertThat(db.duplicates("stock", "sku")).isZero();
    assertThat(db.duplicates("stock", "region, bin")).isZero();
  }

  @Test
  void aOneToOneForeignKeyAndAJoinTableOfTwoForeignKeysNeverRepeatAPair() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE person (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL);
        CREATE TABLE passport (id BIGINT PRIMARY KEY,
          person_id BIGINT NOT NULL UNIQUE REFERENCES person (id), number VARCHAR(12) NOT NULL);
        CREATE TABLE club (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
        CREATE TABLE membership (person_id BIGINT NOT NULL REFERENCES person (id),
          club_id INTEGER NOT NULL REFERENCES club (id), PRIMARY KEY (person_id, club_id));
        """);

    db.populate(rows("person", 300, "passport", 300, "club", 20, "membership", 5_000));

    assertThat(db.count("SELECT COUNT(*) FROM passport")).isEqualTo(300);
    assertThat(db.duplicates("passport", "person_id")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM membership")).isEqualTo(5_000);
    assertThat(db.duplicates("membership", "person_id, club_id")).isZero();
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM passport WHERE person_id NOT IN (SELECT id FROM person)"))
        .isZero();
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM membership m WHERE NOT EXISTS (SELECT 1 FROM person p"
                    + " WHERE p.id = m.person_id) OR NOT EXISTS (SELECT 1 FROM club c"
                    + " WHERE c.id = m.club_id)"))
        .isZero();
  }

  @Test
  void aForeignKeyToANonPrimaryUniqueKeyReferencesExistingValues() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE club (id INTEGER PRIMARY KEY, code VARCHAR(8) NOT NULL UNIQUE);
        CREATE TABLE badge (id INTEGER PRIMARY KEY,
          club_code VARCHAR(8) NOT NULL REFERENCES club (code));
        """);

    db.populate(rows("club", 50, "badge", 2_000));

    assertThat(db.count("SELECT COUNT(*) FROM badge")).isEqualTo(2_000);
    assertThat(
            db.count("SELECT COUNT(*) FROM badge WHERE club_code NOT IN (SELECT code FROM club)"))
        .isZero();
    assertThat(db.count("SELECT COUNT(DISTINCT club_code) FROM badge")).isGreaterThan(25);
  }

  @Test
  void aCompositeForeignKeyPointsAtWholeParentKeys() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE shipment (region CHAR(2) NOT NULL, seq INTEGER NOT NULL,
          PRIMARY KEY (region, seq));
        CREATE TABLE parcel (id INTEGER PRIMARY KEY, region CHAR(2) NOT NULL,
          seq INTEGER NOT NULL, FOREIGN KEY (region, seq) REFERENCES shipment (region, seq));
        """);

    db.populate(rows("shipment", 400, "parcel", 3_000));

    assertThat(db.duplicates("shipment", "region, seq")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM parcel")).isEqualTo(3_000);
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM parcel p WHERE NOT EXISTS (SELECT 1 FROM shipment s"
                    + " WHERE s.region = p.region AND s.seq = p.seq)"))
        .isZero();
  }

  @Test
  void aSharedPrimaryKeyGivesEachParentAtMostOneChild() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE account (id BIGINT PRIMARY KEY, email VARCHAR(60) NOT NULL);
        CREATE TABLE profile (account_id BIGINT PRIMARY KEY REFERENCES account (id),
          bio VARCHAR(100));
        """);

    db.populate(rows("account", 500, "profile", 500));

    assertThat(db.count("SELECT COUNT(*) FROM profile")).isEqualTo(500);
    assertThat(db.duplicates("profile", "account_id")).isZero();
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM profile WHERE account_id NOT IN (SELECT id FROM account)"))
        .isZero();
  }
}
