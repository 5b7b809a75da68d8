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
 *       about 900 * age with noise (correlated with age), NULL in 5% of rows; {@code balance} 0 in
 *       70% of rows, else log-normal (zero-inflated and skewed); {@code segment} gold 15%, silver
 *       35%, bronze 50% by income rank with a few rare values held by fewer than 10 rows; {@code
 *       signup_on} skewed towards recent days.
 *   <li>{@code orders}: per customer 0 (20%), 1 (30%), 2..4 (30%), 5..9 (15%) or 10..30 (5%)
 *       orders; {@code amount} log-normal, {@code status} PAID 70%, NEW 20%, CANCELLED 10%; {@code
 *       ordered_at} in 2024.
 * </ul>
 */
final class ShopSource {
  static final int CUSTOMERS = 12_000;
  static final String DDL =
      """
      CREATE TABLE customer (id INTEGER PRIMARY KEY, age INTEGER NOT NULL,
        income DECIMAL(12, 2), balance DOUBLE PRECISION NOT NULL,
        segment VARCHAR(12) NOT NULL, signup_on DATE NOT NULL);
      CREATE TABLE orders (id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customer(id),
        amount DECIMAL(10, 2) NOT NULL, status VARCHAR(10) NOT NULL,
        ordered_at TIMESTAMP NOT NULL);
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
    fillOrders(c, random);
  }

  private static void fillCustomers(Connection c, Random random) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO customer VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 1; i <= CUSTOMERS; i++) {
        int age = 18 + random.nextInt(63);
        double income = Math.max(0, 900 * age + 12_000 * random.nextGaussian());
        ps.setInt(1, i);
        ps.setInt(2, age);
        ps.setObject(
            3, random.nextInt(20) == 0 ? null : Math.round(income * 100) / 100.0, Types.DECIMAL);
        ps.setDouble(4, random.nextInt(10) < 7 ? 0 : Math.exp(6 + 1.5 * random.nextGaussian()));
        ps.setString(5, segment(i, income, random));
        ps.setObject(
            6,
            LocalDate.of(2025, 12, 31).minusDays((long) (Math.pow(random.nextDouble(), 2) * 3000)));
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

  private static void fillOrders(Connection c, Random random) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders VALUES (?, ?, ?, ?, ?)")) {
      int id = 0;
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
