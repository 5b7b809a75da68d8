package dev.synth.evaluate;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * A small shop whose every value follows from a seed, built with SQL that H2 and PostgreSQL both
 * accept: two databases filled with the same seed hold the same rows, and with different seeds rows
 * drawn from the same distributions.
 *
 * <ul>
 *   <li>{@code customer}, {@value #CUSTOMERS} rows: {@code tier} gold 20 %, silver 30 %, bronze 50
 *       %; {@code age} uniform in 18..77; {@code income} = 1000 * age + noise, NULL in every fifth
 *       row; a date, a timestamp, a zoned timestamp and a time of day; {@code note} text of 5..80
 *       characters, NULL in every third row.
 *   <li>{@code orders}: 0 to 5 per customer, an amount growing with the customer's age and a
 *       status.
 * </ul>
 */
final class Shop {
  static final int CUSTOMERS = 500;
  private static final String[] STATUS = {"NEW", "PAID", "PAID", "PAID", "SHIPPED", "CANCELLED"};

  private Shop() {}

  static void create(Connection c, long seed) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE customer (id INTEGER PRIMARY KEY, tier VARCHAR(10) NOT NULL,"
              + " age INTEGER NOT NULL, income DOUBLE PRECISION, joined_on DATE NOT NULL,"
              + " seen_at TIMESTAMP NOT NULL, paid_at TIMESTAMP WITH TIME ZONE NOT NULL,"
              + " wakes TIME NOT NULL, note VARCHAR(100))");
      st.execute(
          "CREATE TABLE orders (id INTEGER PRIMARY KEY,"
              + " customer_id INTEGER NOT NULL REFERENCES customer(id),"
              + " amount DECIMAL(10, 2) NOT NULL, status VARCHAR(10) NOT NULL)");
    }
    Random random = new Random(seed);
    int[] ages = fillCustomers(c, random);
    fillOrders(c, random, ages);
  }

  private static int[] fillCustomers(Connection c, Random random) throws SQLException {
    int[] ages = new int[CUSTOMERS + 1];
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO customer VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 1; i <= CUSTOMERS; i++) {
        int age = 18 + random.nextInt(60);
        ages[i] = age;
        ps.setInt(1, i);
        ps.setString(2, i % 10 < 2 ? "gold" : i % 10 < 5 ? "silver" : "bronze");
        ps.setInt(3, age);
        ps.setObject(
            4, i % 5 == 0 ? null : 1000.0 * age + 5000 * random.nextGaussian(), Types.DOUBLE);
        ps.setObject(5, LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)));
        ps.setObject(6, LocalDateTime.of(2024, 3, 1, 0, 0).plusMinutes(random.nextInt(100_000)));
        ps.setObject(
            7,
            OffsetDateTime.of(2024, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2))
                .plusSeconds(random.nextInt(10_000_000)));
        ps.setObject(8, LocalTime.of(5, 0).plusMinutes(random.nextInt(240)));
        ps.setString(9, i % 3 == 0 ? null : "n".repeat(5 + random.nextInt(76)));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return ages;
  }

  private static void fillOrders(Connection c, Random random, int[] ages) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders VALUES (?, ?, ?, ?)")) {
      int id = 0;
      for (int customer = 1; customer <= CUSTOMERS; customer++) {
        int orders = random.nextInt(6);
        for (int n = 0; n < orders; n++) {
          ps.setInt(1, ++id);
          ps.setInt(2, customer);
          ps.setBigDecimal(3, BigDecimal.valueOf(ages[customer] * 100L + random.nextInt(2000), 2));
          ps.setString(4, STATUS[random.nextInt(STATUS.length)]);
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }
}
