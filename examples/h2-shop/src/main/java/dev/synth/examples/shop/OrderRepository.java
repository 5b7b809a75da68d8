package dev.synth.examples.shop;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The kind of data-access code a shop has, tested in {@code OrderRepositoryTest} against a database
 * Synth fills.
 *
 * <pre>{@code
 * new OrderRepository(dataSource).recentOrders(customerId, 5);
 * }</pre>
 */
public final class OrderRepository {
  private final DataSource dataSource;

  public OrderRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * One order with the sum of its lines.
   *
   * @param id the order id
   * @param status its status
   * @param orderedAt when it was placed
   * @param total the sum of quantity times unit price over its lines
   */
  public record OrderSummary(long id, String status, LocalDateTime orderedAt, BigDecimal total) {}

  /** A customer's newest orders first, at most {@code limit}. */
  public List<OrderSummary> recentOrders(long customerId, int limit) throws SQLException {
    String sql =
        """
        SELECT o.id, o.status, o.ordered_at, COALESCE(SUM(i.quantity * i.unit_price), 0)
        FROM orders o LEFT JOIN order_item i ON i.order_id = o.id
        WHERE o.customer_id = ?
        GROUP BY o.id, o.status, o.ordered_at
        ORDER BY o.ordered_at DESC, o.id DESC
        FETCH FIRST ? ROWS ONLY
        """;
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setLong(1, customerId);
      st.setInt(2, limit);
      List<OrderSummary> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(
              new OrderSummary(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getObject(3, LocalDateTime.class),
                  rs.getBigDecimal(4)));
        }
      }
      return out;
    }
  }

  /** Cancels a customer's orders that are still NEW; returns how many. */
  public int cancelNewOrders(long customerId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "UPDATE orders SET status = 'CANCELLED' WHERE customer_id = ? AND status = 'NEW'")) {
      st.setLong(1, customerId);
      return st.executeUpdate();
    }
  }
}
