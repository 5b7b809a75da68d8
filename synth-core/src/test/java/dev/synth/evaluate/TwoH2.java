package dev.synth.evaluate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A source and a synthetic in-memory H2 database, each gone when its connection closes. */
final class TwoH2 implements AutoCloseable {
  final Connection source;
  final Connection synthetic;

  TwoH2() throws SQLException {
    source = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
    synthetic = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
  }

  TwoH2 both(String sql) throws SQLException {
    return source(sql).synthetic(sql);
  }

  TwoH2 source(String sql) throws SQLException {
    run(source, sql);
    return this;
  }

  TwoH2 synthetic(String sql) throws SQLException {
    run(synthetic, sql);
    return this;
  }

  Comparison compare() {
    return Evaluation.compare(source, synthetic);
  }

  private static void run(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    source.close();
    synthetic.close();
  }
}
