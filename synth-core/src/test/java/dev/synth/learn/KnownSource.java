package dev.synth.learn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Random;

/**
 * A source database whose statistics are known by construction, built with SQL that H2 and
 * PostgreSQL both accept.
 *
 * <ul>
 *   <li>{@code measure}, 1000 rows, i = 1..1000: {@code zero_inflated} is i for every tenth row and
 *       0 otherwise; {@code skewed} is (i mod 100)^3; {@code happened_on} is 2024-01-01 plus i - 1
 *       days; {@code category} is alpha 600, beta 300, gamma 80, delta 12, rare_echo 5, rare_fox 2,
 *       rare_golf 1; {@code maybe} is NULL for every fourth row.
 *   <li>{@code parent} 100 rows and {@code child} 160 rows: parents 1..30 have no child, 31..70
 *       one, 71..90 three, 91..100 five; 10 children have no parent.
 *   <li>{@code event_log}, no primary key, 60 rows: open 36, close 24, {@code amount} 1..60.
 *   <li>{@code person}, {@value #PERSONS} rows from a fixed seed: {@code age} uniform in 18..78;
 *       {@code income} = 1000 * age + normal noise (sd 5000), NULL in every fifth row; {@code debt}
 *       = -10 * age + normal noise (sd 100); {@code score} uniform, independent of all; {@code
 *       constant} always 7.
 * </ul>
 */
final class KnownSource {
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  static final int PERSONS = 2000;

  private KnownSource() {}

  static void create(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE measure (id INTEGER PRIMARY KEY, zero_inflated INTEGER NOT NULL,"
              + " skewed DOUBLE PRECISION NOT NULL, happened_on DATE NOT NULL,"
              + " category VARCHAR(20) NOT NULL, maybe INTEGER)");
      st.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY, label VARCHAR(30) NOT NULL)");
      st.execute(
          "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))");
      st.execute("CREATE TABLE event_log (kind VARCHAR(10) NOT NULL, amount INTEGER NOT NULL)");
      st.execute(
          "CREATE TABLE person (id INTEGER PRIMARY KEY, age DOUBLE PRECISION NOT NULL,"
              + " income DOUBLE PRECISION, debt DOUBLE PRECISION NOT NULL,"
              + " score DOUBLE PRECISION NOT NULL, constant INTEGER NOT NULL)");
    }
    fillMeasure(c);
    fillFamilies(c);
    fillEvents(c);
    fillPersons(c);
  }

  private static void fillPersons(Connection c) throws SQLException {
    Random random = new Random(5);
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO person VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 1; i <= PERSONS; i++) {
        double age = 18 + 60 * random.nextDouble();
        ps.setInt(1, i);
        ps.setDouble(2, age);
        ps.setObject(
            3, i % 5 == 0 ? null : 1000 * age + 5000 * random.nextGaussian(), Types.DOUBLE);
        ps.setDouble(4, -10 * age + 100 * random.nextGaussian());
        ps.setDouble(5, random.nextDouble());
        ps.setInt(6, 7);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void fillMeasure(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO measure VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 1; i <= 1000; i++) {
        int j = i % 100;
        ps.setInt(1, i);
        ps.setInt(2, i % 10 == 0 ? i : 0);
        ps.setDouble(3, (double) j * j * j);
        ps.setObject(4, FIRST_DAY.plusDays(i - 1L));
        ps.setString(5, category(i));
        ps.setObject(6, i % 4 == 0 ? null : i, java.sql.Types.INTEGER);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String category(int i) {
    if (i <= 600) {
      return "alpha";
    }
    if (i <= 900) {
      return "beta";
    }
    if (i <= 980) {
      return "gamma";
    }
    if (i <= 992) {
      return "delta";
    }
    return i <= 997 ? "rare_echo" : i <= 999 ? "rare_fox" : "rare_golf";
  }

  private static void fillFamilies(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO parent VALUES (?, ?)")) {
      for (int p = 1; p <= 100; p++) {
        ps.setInt(1, p);
        ps.setString(2, "parent number " + p);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO child VALUES (?, ?)")) {
      int id = 0;
      for (int p = 31; p <= 100; p++) {
        int children = p <= 70 ? 1 : p <= 90 ? 3 : 5;
        for (int n = 0; n < children; n++) {
          ps.setInt(1, ++id);
          ps.setObject(2, p, java.sql.Types.INTEGER);
          ps.addBatch();
        }
      }
      for (int n = 0; n < 10; n++) {
        ps.setInt(1, ++id);
        ps.setNull(2, java.sql.Types.INTEGER);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void fillEvents(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_log VALUES (?, ?)")) {
      for (int i = 1; i <= 60; i++) {
        ps.setString(1, i <= 36 ? "open" : "close");
        ps.setInt(2, i);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
