package dev.synth;

import static dev.synth.InMemoryH2.rows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.config.Mode;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Append mode on unique keys: rows added to a table never repeat a key it already holds. */
class AppendOnH2Test {
  private static final String PEOPLE_AND_CLUBS =
      """
      CREATE TABLE person (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL);
      CREATE TABLE passport (id BIGINT PRIMARY KEY,
        person_id BIGINT NOT NULL UNIQUE REFERENCES person (id));
      CREATE TABLE club (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
      CREATE TABLE membership (person_id BIGINT NOT NULL REFERENCES person (id),
        club_id INTEGER NOT NULL REFERENCES club (id), PRIMARY KEY (person_id, club_id));
      """;

  private InMemoryH2 db;

  @AfterEach
  void dropDatabase() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void appendedRowsNeverRepeatAUniqueValueOfTheFirstRun() throws SQLException {
    db =
        new InMemoryH2(
            """
        CREATE TABLE event (id INTEGER PRIMARY KEY, held_on DATE NOT NULL UNIQUE,
          token UUID NOT NULL UNIQUE, code CHAR(2) NOT NULL UNIQUE,
          slot INTEGER NOT NULL UNIQUE CHECK (slot BETWEEN 1 AND 1200));
        """);

    db.populate(rows("event", 600));
    db.populate(rows("event", 600).withMode(Mode.APPEND));

    assertThat(db.count("SELECT COUNT(*) FROM event")).isEqualTo(1_200);
    assertThat(db.duplicates("event", "held_on")).isZero();
    assertThat(db.duplicates("event", "token")).isZero();
    assertThat(db.duplicates("event", "code")).isZero();
    assertThat(db.duplicates("event", "slot")).isZero();
  }

  @Test
  void appendingOnlyToAOneToOneChildPicksParentsWithoutOne() throws SQLException {
    db = new InMemoryH2(PEOPLE_AND_CLUBS);
    db.populate(rows("person", 100, "passport", 40));

    db.populate(rows("passport", 40).withIncludes(List.of("passport")).withMode(Mode.APPEND));

    assertThat(db.count("SELECT COUNT(*) FROM passport")).isEqualTo(80);
    assertThat(db.duplicates("passport", "person_id")).isZero();
  }

  @Test
  void appendingOnlyToAJoinTableAddsNewPairs() throws SQLException {
    db = new InMemoryH2(PEOPLE_AND_CLUBS);
    db.populate(rows("person", 100, "club", 10, "membership", 300));

    db.populate(rows("membership", 300).withIncludes(List.of("membership")).withMode(Mode.APPEND));

    assertThat(db.count("SELECT COUNT(*) FROM membership")).isEqualTo(600);
    assertThat(db.duplicates("membership", "person_id, club_id")).isZero();
  }

  @Test
  @Disabled(
      "known limit, for the append work of issue 4: append does not read the values already in"
          + " the table; it continues unique columns at index offset+i, but small domains are"
          + " permuted with a seed-keyed permutation, so an append with another seed maps"
          + " indexes differently: LoadException, unique key [SLOT] violated at row 1, (SLOT)=(219)")
  void appendingWithAnotherSeedNeverRepeatsAUniqueValue() throws SQLException {
    db =
        new InMemoryH2(
            "CREATE TABLE event (id INTEGER PRIMARY KEY, code CHAR(2) NOT NULL UNIQUE,"
                + " slot INTEGER NOT NULL UNIQUE CHECK (slot BETWEEN 1 AND 1200))");
    db.populate(rows("event", 600));

    db.populate(rows("event", 600).withSeed(7).withMode(Mode.APPEND));

    assertThat(db.count("SELECT COUNT(*) FROM event")).isEqualTo(1_200);
    assertThat(db.duplicates("event", "code")).isZero();
    assertThat(db.duplicates("event", "slot")).isZero();
  }
}
