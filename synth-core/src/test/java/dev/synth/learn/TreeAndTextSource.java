package dev.synth.learn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * A source whose text shapes, semantic kinds and tree depths are known by construction, built with
 * SQL that H2 and PostgreSQL both accept.
 *
 * <ul>
 *   <li>{@code employee}, 505 rows: {@code manager_id} makes a tree of 10 roots (9 NULL, row 10 its
 *       own manager), 40 rows at depth 1, 150 at depth 2, 300 at depth 3 and 5 at depth 4; {@code
 *       badge} is {@code AB-1234}-like in every row, {@code ticket} (a large text type) {@code
 *       abc/123}-like in 480 rows and {@code x} in 25; {@code bio} is free text; {@code c7} an
 *       email in every row; {@code email} an email in 5 rows only; {@code x1} one of eight first
 *       names.
 *   <li>{@code folder}, 53 rows: a root (id 1), a chain of 40 below it (id d + 1 at depth d), and a
 *       ring of 12 rows (ids 42..53) that no root reaches.
 * </ul>
 */
final class TreeAndTextSource {
  static final int EMPLOYEES = 505;
  private static final List<String> FIRST_NAMES =
      List.of("James", "Mary", "Robert", "Patricia", "John", "Linda", "Michael", "Susan");
  private static final List<String> WORDS =
      List.of("likes", "hiking", "and", "long", "walks", "with", "the", "team", "on", "fridays");

  private TreeAndTextSource() {}

  static void create(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE employee (id INTEGER PRIMARY KEY,"
              + " manager_id INTEGER REFERENCES employee(id), badge VARCHAR(10) NOT NULL,"
              + " ticket TEXT NOT NULL, bio VARCHAR(200) NOT NULL, c7 VARCHAR(80),"
              + " email VARCHAR(80), x1 VARCHAR(20) NOT NULL)");
      st.execute(
          "CREATE TABLE folder (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES folder(id))");
    }
    fillEmployees(c);
    fillFolders(c);
  }

  /** The manager of employee {@code id}: see the class comment for the levels. */
  private static Integer manager(int id) {
    if (id <= 9) {
      return null;
    }
    if (id == 10) {
      return 10;
    }
    if (id <= 50) {
      return 1 + id % 10;
    }
    if (id <= 200) {
      return 11 + id % 40;
    }
    return id <= 500 ? 51 + id % 150 : 201 + id % 300;
  }

  private static void fillEmployees(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO employee VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int id = 1; id <= EMPLOYEES; id++) {
        ps.setInt(1, id);
        ps.setObject(2, manager(id), Types.INTEGER);
        ps.setString(
            3, letter(id) + letter(id / 26) + "-" + String.format("%04d", id * 7 % 10_000));
        ps.setString(4, id <= 480 ? "tk" + letter(id).toLowerCase() + "/" + (100 + id % 900) : "x");
        ps.setString(5, bio(id));
        ps.setString(6, "person." + id + "@example.org");
        ps.setString(7, id % 101 == 0 ? "boss" + id + "@example.org" : null);
        ps.setString(8, FIRST_NAMES.get(id % FIRST_NAMES.size()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String letter(int n) {
    return String.valueOf((char) ('A' + n % 26));
  }

  /** A number and three to twelve words, so values, lengths and shapes vary as in free text. */
  private static String bio(int id) {
    StringBuilder s = new StringBuilder("Employee ").append(id);
    for (int w = 0; w < 3 + id % 10; w++) {
      s.append(' ').append(WORDS.get((id * 7 + w * 3) % WORDS.size()));
    }
    return s.toString();
  }

  private static void fillFolders(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO folder VALUES (?, ?)")) {
      for (int id = 1; id <= 53; id++) {
        ps.setInt(1, id);
        // The ring's references are set below, once all its rows exist.
        ps.setObject(2, id == 1 || id >= 42 ? null : id - 1, Types.INTEGER);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (Statement st = c.createStatement()) {
      st.execute(
          "UPDATE folder SET parent_id = CASE WHEN id = 42 THEN 53 ELSE id - 1 END"
              + " WHERE id >= 42");
    }
  }
}
