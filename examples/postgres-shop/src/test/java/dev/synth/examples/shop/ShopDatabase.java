package dev.synth.examples.shop;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the example schema's structure from JDBC metadata and checks it with plain SQL. */
final class ShopDatabase {
  private final Connection connection;
  private final String catalog;
  private final String schema;

  /** The tables in {@code catalog} (a MariaDB database) or {@code schema} (PostgreSQL). */
  ShopDatabase(Connection connection, String catalog, String schema) {
    this.connection = connection;
    this.catalog = catalog;
    this.schema = schema;
  }

  record ForeignKey(
      String table, List<String> columns, String target, List<String> targetColumns) {}

  List<String> tables() throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = meta().getTables(catalog, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        out.add(rs.getString("TABLE_NAME"));
      }
    }
    return out;
  }

  long count(String table) throws SQLException {
    return single("SELECT COUNT(*) FROM " + q(table));
  }

  /** How many children each parent row has, by the first column of the FK between them. */
  Map<Long, Long> childrenPerParent(String child, String parent) throws SQLException {
    ForeignKey fk =
        foreignKeys().stream()
            .filter(f -> f.table().equals(child) && f.target().equals(parent))
            .findFirst()
            .orElseThrow();
    String key = q(fk.targetColumns().get(0));
    String column = q(fk.columns().get(0));
    String sql =
        String.format(
            "SELECT p.%s, COUNT(c.%s) FROM %s p LEFT JOIN %s c ON c.%s = p.%s GROUP BY p.%s",
            key, column, q(parent), q(child), column, key, key);
    Map<Long, Long> out = new TreeMap<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getLong(1), rs.getLong(2));
      }
    }
    return out;
  }

  List<ForeignKey> foreignKeys() throws SQLException {
    List<ForeignKey> out = new ArrayList<>();
    for (String table : tables()) {
      Map<String, ForeignKey> byName = new LinkedHashMap<>();
      try (ResultSet rs = meta().getImportedKeys(catalog, schema, table)) {
        while (rs.next()) {
          String target = rs.getString("PKTABLE_NAME");
          ForeignKey fk =
              byName.computeIfAbsent(
                  rs.getString("FK_NAME"),
                  n -> new ForeignKey(table, new ArrayList<>(), target, new ArrayList<>()));
          fk.columns().add(rs.getString("FKCOLUMN_NAME"));
          fk.targetColumns().add(rs.getString("PKCOLUMN_NAME"));
        }
      }
      out.addAll(byName.values());
    }
    return out;
  }

  /** Child rows whose non-null foreign key matches no parent row. */
  long orphans(ForeignKey fk) throws SQLException {
    List<String> join = new ArrayList<>();
    List<String> notNull = new ArrayList<>();
    for (int i = 0; i < fk.columns().size(); i++) {
      join.add("p." + q(fk.targetColumns().get(i)) + " = c." + q(fk.columns().get(i)));
      notNull.add("c." + q(fk.columns().get(i)) + " IS NOT NULL");
    }
    return single(
        String.format(
            "SELECT COUNT(*) FROM %s c WHERE %s AND NOT EXISTS (SELECT 1 FROM %s p WHERE %s)",
            q(fk.table()),
            String.join(" AND ", notNull),
            q(fk.target()),
            String.join(" AND ", join)));
  }

  long single(String sql) throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private DatabaseMetaData meta() throws SQLException {
    return connection.getMetaData();
  }

  private String q(String identifier) throws SQLException {
    String quote = meta().getIdentifierQuoteString();
    return quote + identifier + quote;
  }
}
