package dev.synth;

import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A private in-memory H2 database kept alive by one auto-commit connection, filled through the
 * public API and read back with SQL.
 */
final class InMemoryH2 implements AutoCloseable {
  final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private final Connection keepAlive;

  InMemoryH2(String schema) throws SQLException {
    keepAlive = DriverManager.getConnection(url, "sa", "");
    execute(schema);
  }

  void execute(String sql) throws SQLException {
    try (Statement st = keepAlive.createStatement()) {
      st.execute(sql);
    }
  }

  PopulateReport populate(SynthConfig config) {
    try (Synth synth = Synth.connect(url, "sa", "")) {
      return synth.populate(config);
    }
  }

  String describePlan(SynthConfig config) {
    try (Synth synth = Synth.connect(url, "sa", "")) {
      return synth.describePlan(config);
    }
  }

  /** The first column of the first row of {@code sql}, as a long. */
  long count(String sql) throws SQLException {
    try (Statement st = keepAlive.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** How many value groups of {@code columns} (comma-separated) occur more than once in a table. */
  long duplicates(String table, String columns) throws SQLException {
    return count(
        "SELECT COUNT(*) FROM (SELECT "
            + columns
            + " FROM "
            + table
            + " GROUP BY "
            + columns
            + " HAVING COUNT(*) > 1)");
  }

  /** Default settings with rows per table: {@code rows("customer", 10, "orders", 50)}. */
  static SynthConfig rows(Object... tableAndRows) {
    SynthConfig config = SynthConfig.defaults();
    for (int i = 0; i < tableAndRows.length; i += 2) {
      long n = ((Number) tableAndRows[i + 1]).longValue();
      config = config.withTable((String) tableAndRows[i], new TableConfig(n, null, Map.of()));
    }
    return config;
  }

  /** Every row of {@code table} ordered by {@code orderBy}, as text, one line per row. */
  String dump(String table, String orderBy) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Statement st = keepAlive.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + orderBy)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          out.append(rs.getString(i)).append('|');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public void close() throws SQLException {
    execute("SHUTDOWN");
    keepAlive.close();
  }
}
