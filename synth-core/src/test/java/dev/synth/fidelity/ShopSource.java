package dev.synth.fidelity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * A source database with the structure the fidelity tests must reproduce, built with SQL that H2
 * and PostgreSQL both accept, from a fixed seed.
 *
 * <ul>
 *   <li>{@code customer}, {@value #CUSTOMERS} rows: {@code age} uniform in 18..80; {@code income}
 *       about 900 * age with noise (correlated with age); {@code balance} 0 in 70% of rows, else
 *       log-normal (zero-inflated and skewed); {@code segment} gold, silver or bronze by noisy
 *       income, with six rare values held by one row each; {@code signup_on} skewed towards recent
 *       days; {@code discount} NULL in 40% of rows, else 0..30.
 *   <li>{@code orders}: per customer 0 (20%), 1 (30%), 2..4 (30%), 5..9 (15%) or 10..30 (5%);
 *       {@code amount} log-normal, {@code status} PAID 70%, NEW 20%, CANCELLED 10%, {@code
 *       ordered_at} in 2024.
 *   <li>{@code order_event}, no primary key: 0 to 3 events per order, {@code kind}, {@code at} and
 *       a log-normal {@code took_ms}.
 * </ul>
 */
final class ShopSource {
  static final int CUSTOMERS = 12_000;
  static final String DDL =
      """
      CREATE TABLE customer (id INTEGER PRIMARY KEY, age INTEGER NOT NULL,
        income DECIMAL(12, 2) NOT NULL, balance DOUBLE PRECISION NOT NULL,
        segment VARCHAR(12) NOT NULL, signup_on DATE NOT NULL, discount DECIMAL(4, 2));
      CREATE TABLE orders (id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customer(id),
        amount DECIMAL(10, 2) NOT NULL, status VARCHAR(10) NOT NULL,
        ordered_at TIMESTAMP NOT NULL);
      CREATE TABLE order_event (order_id INTEGER NOT NULL REFERENCES orders(id),
        kind VARCHAR(10) NOT NULL, at TIMESTAMP NOT NULL, took_ms INTEGER NOT NULL);
      """;

  private ShopSource() {}

  static void create(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String ddl : DDL.split(";")) {
        if (!ddl.isBlank()) {
          st.execute(ddl);
        }
      }
    }
    Random random = new Random(11);
    fillCustomers(c, random);
    int orders = fillOrders(c, random);
    fillEvents(c, random, orders);
  }

  private static void fillCustomers(Connection c, Random random) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO customer VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 1; i <= CUSTOMERS; i++) {
        int age = 18 + random.nextInt(63);
        double income = Math.max(0, 900 * age + 12_000 * random.nextGaussian());
        ps.setInt(1, i);
        ps.setInt(2, age);
        ps.setDouble(3, Math.round(income * 100) / 100.0);
        ps.setDouble(4, random.nextInt(10) < 7 ? 0 : Math.exp(6 + 1.5 * random.nextGaussian()));
        ps.setString(5, segment(i, income, random));
        ps.setObject(
            6,
            LocalDate.of(2025, 12, 31).minusDays((long) (Math.pow(random.nextDouble(), 2) * 3000)));
        ps.setObject(
            7, random.nextInt(10) < 4 ? null : random.nextInt(3001) / 100.0, Types.DECIMAL);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String segment(int i, double income, Random random) {
    if (i % 2000 == 0) {
      return "rare_" + i; // six values of one row each: below any sensible k
    }
    double noisy = income + 8000 * random.nextGaussian();
    return noisy > 70_000 ? "gold" : noisy > 45_000 ? "silver" : "bronze";
  }

  private static int fillOrders(Connection c, Random random) throws SQLException {
    int id = 0;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders VALUES (?, ?, ?, ?, ?)")) {
      for (int customer = 1; customer <= CUSTOMERS; customer++) {
        int orders = orders(random);
        for (int o = 0; o < orders; o++) {
          ps.setInt(1, ++id);
          ps.setInt(2, customer);
          ps.setDouble(3, Math.round(Math.exp(3.5 + random.nextGaussian()) * 100) / 100.0);
          int s = random.nextInt(10);
          ps.setString(4, s < 7 ? "PAID" : s < 9 ? "NEW" : "CANCELLED");
          ps.setObject(
              5, LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(random.nextInt(366 * 86_400)));
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
    return id;
  }

  private static void fillEvents(Connection c, Random random, int orders) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_event VALUES (?, ?, ?, ?)")) {
      for (int order = 1; order <= orders; order++) {
        int events = random.nextInt(4);
        for (int e = 0; e < events; e++) {
          ps.setInt(1, order);
          ps.setString(2, e == 0 ? "placed" : e == 1 ? "packed" : "shipped");
          ps.setObject(
              3, LocalDateTime.of(2024, 1, 1, 0, 0).plusSeconds(random.nextInt(366 * 86_400)));
          ps.setInt(4, (int) Math.exp(8 + 2 * random.nextGaussian()));
          ps.addBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static int orders(Random random) {
    double u = random.nextDouble();
    if (u < 0.2) {
      return 0;
    }
    if (u < 0.5) {
      return 1;
    }
    if (u < 0.8) {
      return 2 + random.nextInt(3);
    }
    return u < 0.95 ? 5 + random.nextInt(5) : 10 + random.nextInt(21);
  }
}
