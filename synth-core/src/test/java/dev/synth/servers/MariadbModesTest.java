package dev.synth.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.Synth;
import dev.synth.SynthException;
import dev.synth.config.Mode;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import dev.synth.servers.ServerDatabase.Server;
import dev.synth.testing.Dumps;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three modes on MariaDB, and AUTO_INCREMENT (INT and BIGINT UNSIGNED) continuing after each:
 * an application's own insert without an id gets max + 1.
 */
class MariadbModesTest {
  private static final String[] FILLED = {"author", "book", "department", "employee"};

  private ServerDatabase db;

  @BeforeEach
  void createDatabase() throws Exception {
    db = ServerDatabase.create(Server.MARIADB);
    db.runScript("servers/mariadb-modes.sql");
  }

  @AfterEach
  void dropDatabase() throws Exception {
    db.close();
  }

  private static SynthConfig rows(long rows) {
    return SynthConfig.defaults()
        .withRows(rows)
        .withExcludes(List.of("country", "note"))
        .withTable("department", new TableConfig(Math.max(1, rows / 10), null, Map.of()));
  }

  private void populate(SynthConfig config) {
    try (Synth synth = Synth.connect(db.url(), db.user(), "")) {
      synth.populate(config);
    }
  }

  private long appInsert(String insert) throws Exception {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.executeUpdate(insert);
      try (ResultSet rs = st.executeQuery("SELECT LAST_INSERT_ID()")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private long nextAuthorId() throws Exception {
    return appInsert("INSERT INTO author (name, country_code) VALUES ('by the app', 'NL')");
  }

  private long nextBookId() throws Exception {
    return appInsert("INSERT INTO book (author_id, title) VALUES (1, 'by the app')");
  }

  private String dump(String... tables) throws Exception {
    try (Connection c = db.connect()) {
      return Dumps.of(c, tables);
    }
  }

  private void assertNoOrphans() throws Exception {
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM book b LEFT JOIN author a ON a.id = b.author_id"
                    + " WHERE a.id IS NULL"))
        .isZero();
    assertThat(
            db.count(
                "SELECT COUNT(*) FROM department d LEFT JOIN employee e ON e.id = d.boss"
                    + " WHERE d.boss IS NOT NULL AND e.id IS NULL"))
        .isZero();
  }

  @Test
  void autoIncrementOfIntAndBigintUnsignedContinuesAfterThePopulatedKeys() throws Exception {
    populate(rows(120));

    assertThat(nextAuthorId()).isEqualTo(121);
    assertThat(nextBookId()).isEqualTo(121);
    assertThat(appInsert("INSERT INTO employee (department_id) VALUES (1)")).isEqualTo(121);
  }

  @Test
  void theDefaultModeRefusesNonEmptyTablesNamingThemAndWritesNothing() throws Exception {
    nextAuthorId();

    assertThatThrownBy(() -> populate(rows(50)))
        .isInstanceOf(SynthException.class)
        .hasMessageContaining(db.qualified("author"))
        .hasMessageNotContaining(db.qualified("book"))
        .hasMessageContaining("truncate")
        .hasMessageContaining("append");
    assertThat(db.count("SELECT COUNT(*) FROM book")).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM author")).isEqualTo(1);
  }

  @Test
  void truncateRefillsTheCycleAndLeavesOtherTablesAlone() throws Exception {
    populate(rows(200));
    String untouched = dump("country", "note");

    populate(rows(30).withMode(Mode.TRUNCATE).withSeed(7));

    assertThat(db.count("SELECT COUNT(*) FROM author")).isEqualTo(30);
    assertThat(db.count("SELECT COUNT(*) FROM employee")).isEqualTo(30);
    assertThat(db.count("SELECT COUNT(*) FROM department WHERE boss IS NOT NULL")).isPositive();
    assertNoOrphans();
    assertThat(dump("country", "note")).isEqualTo(untouched);
    // The counters stood at 201 after the first run; they now continue after the new rows.
    assertThat(nextAuthorId()).isEqualTo(31);
    assertThat(nextBookId()).isEqualTo(31);
  }

  @Test
  void appendKeepsExistingRowsAndNumbersNewKeysAfterThem() throws Exception {
    populate(rows(100));
    String before = dump(FILLED);

    populate(rows(50).withMode(Mode.APPEND).withSeed(7));

    assertThat(db.count("SELECT COUNT(*) FROM author")).isEqualTo(150);
    assertThat(db.count("SELECT MIN(id) FROM author WHERE id > 100")).isEqualTo(101);
    assertThat(db.count("SELECT MAX(id) FROM book")).isEqualTo(150);
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      for (String table : FILLED) {
        st.execute(
            "CREATE TEMPORARY TABLE old_"
                + table
                + " AS SELECT * FROM "
                + table
                + " WHERE id <= (SELECT MAX(id) FROM "
                + table
                + ") - "
                + (table.equals("department") ? 5 : 50));
      }
      assertThat(Dumps.of(c, "old_author", "old_book", "old_department", "old_employee"))
          .isEqualTo(before);
    }
    assertNoOrphans();
    assertThat(nextAuthorId()).isEqualTo(151);
    assertThat(nextBookId()).isEqualTo(151);
  }
}
