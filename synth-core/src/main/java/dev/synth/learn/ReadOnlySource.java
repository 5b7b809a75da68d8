package dev.synth.learn;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.SQLDialect;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * A source connection switched to read-only for the duration of one profiling run, then restored.
 * All statistics come from one REPEATABLE READ transaction, so row counts and fan-outs agree even
 * while the source is being written to; the transaction is rolled back, never committed.
 */
final class ReadOnlySource implements AutoCloseable {
  private final Connection connection;
  private final boolean autoCommit;
  private final boolean readOnly;
  private final int isolation;

  private ReadOnlySource(Connection connection) throws SQLException {
    this.connection = connection;
    this.autoCommit = connection.getAutoCommit();
    this.readOnly = connection.isReadOnly();
    this.isolation = connection.getTransactionIsolation();
  }

  static ReadOnlySource open(Connection connection) throws SQLException {
    ReadOnlySource source = new ReadOnlySource(connection);
    connection.setAutoCommit(false);
    connection.setReadOnly(true);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    if (JDBCUtils.dialect(connection).family() == SQLDialect.POSTGRES) {
      // The driver may be configured to ignore setReadOnly (readOnlyMode=ignore); this may not.
      try (Statement st = connection.createStatement()) {
        st.execute("SET TRANSACTION READ ONLY");
      }
    }
    return source;
  }

  Connection connection() {
    return connection;
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.setAutoCommit(autoCommit);
      connection.setReadOnly(readOnly);
      connection.setTransactionIsolation(isolation);
    }
  }
}
