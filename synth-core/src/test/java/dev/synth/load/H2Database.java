package dev.synth.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A private in-memory H2 database with one connection in manual-commit mode. */
final class H2Database implements AutoCloseable {
  final String url = "jdbc:h2:mem:load-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  final Connection connection;

  H2Database() throws SQLException {
    connection = DriverManager.getConnection(url, "sa", "");
    connection.setAutoCommit(false);
  }

  void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  long count(String table) throws SQLException {
    return (Long) single("select count(*) from " + table);
  }

  Object single(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getObject(1);
    }
  }

  List<Object> column(String sql) throws SQLException {
    List<Object> values = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getObject(1));
      }
    }
    return values;
  }

  @Override
  public void close() throws SQLException {
    execute("shutdown");
    connection.close();
  }
}
