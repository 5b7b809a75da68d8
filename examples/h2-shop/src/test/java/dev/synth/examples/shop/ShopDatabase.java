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

/** Reads the example database's structure from JDBC metadata and checks it with plain SQL. */
final class ShopDatabase {
  private final Connection connection;

  ShopDatabase(Connection connection) {
    this.connection = connection;
  }

  record ForeignKey(
      String table, List<String> columns, String target, List<String> targetColumns) {}

  record Key(String table, List<String> columns) {}

  List<String> tables() throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs =
        meta().getTables(null, "PUBLIC", "%", new String[] {"BASE TABLE", "TABLE"})) {
      while (rs.next()) {
        out.add(rs.getString("TABLE_NAME"));
      }
    }
    return out;
  }

  long count(String table) throws SQLException {
    try (Statement st = connection.createStatement()) {
      return single(st, "SELECT COUNT(*) FROM " + q(table));
    }
  }

  Map<Long, Long> childrenPerParent(String child, String parent) throws SQLException {
    ForeignKey fk =
        foreignKeys().stream()
            .filter(f -> f.table().equals(child) && f.target().equalsIgnoreCase(parent))
            .findFirst()
            .orElseThrow();
    Map<Long, Long> out = new TreeMap<>();
    String col = q(fk.columns().get(0));
    String sql =
        "SELECT p."
            + q(fk.targetColumns().get(0))
            + ", COUNT(c."
            + col
            + ") FROM "
            + q(fk.target())
            + " p LEFT JOIN "
            + q(child)
            + " c ON c."
            + col
            + " = p."
            + q(fk.targetColumns().get(0))
            + " GROUP BY p."
            + q(fk.targetColumns().get(0));
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
      try (ResultSet rs = meta().getImportedKeys(null, "PUBLIC", table)) {
        while (rs.next()) {
          ForeignKey fk =
              byName.computeIfAbsent(
                  rs.getString("FK_NAME"),
                  n -> {
                    try {
                      return new ForeignKey(
                          table,
                          new ArrayList<>(),
                          rs.getString("PKTABLE_NAME"),
                          new ArrayList<>());
                    } catch (SQLException e) {
                      throw new IllegalStateException(e);
                    }
                  });
          fk.columns().add(rs.getString("FKCOLUMN_NAME"));
          fk.targetColumns().add(rs.getString("PKCOLUMN_NAME"));
        }
      }
      out.addAll(byName.values());
    }
    return out;
  }

  long orphans(ForeignKey fk) throws SQLException {
    StringBuilder join = new StringBuilder();
    StringBuilder notNull = new StringBuilder();
    for (int i = 0; i < fk.columns().size(); i++) {
      join.append(i == 0 ? "" : " AND ")
          .append("p.")
          .append(q(fk.targetColumns().get(i)))
          .append(" = c.")
          .append(q(fk.columns().get(i)));
      notNull.append(" AND c.").append(q(fk.columns().get(i))).append(" IS NOT NULL");
    }
    String sql =
        "SELECT COUNT(*) FROM "
            + q(fk.table())
            + " c WHERE 1 = 1"
            + notNull
            + " AND NOT EXISTS (SELECT 1 FROM "
            + q(fk.target())
            + " p WHERE "
            + join
            + ")";
    try (Statement st = connection.createStatement()) {
      return single(st, sql);
    }
  }

  Map<String, Key> uniqueKeys() throws SQLException {
    Map<String, Key> out = new LinkedHashMap<>();
    for (String table : tables()) {
      try (ResultSet rs = meta().getIndexInfo(null, "PUBLIC", table, true, false)) {
        while (rs.next()) {
          String name = table + "." + rs.getString("INDEX_NAME");
          out.computeIfAbsent(name, n -> new Key(table, new ArrayList<>()))
              .columns()
              .add(rs.getString("COLUMN_NAME"));
        }
      }
    }
    return out;
  }

  long duplicates(String table, List<String> columns) throws SQLException {
    String cols = String.join(", ", columns.stream().map(ShopDatabase::q).toList());
    String sql =
        "SELECT COUNT(*) FROM (SELECT "
            + cols
            + " FROM "
            + q(table)
            + " WHERE "
            + String.join(" AND ", columns.stream().map(c -> q(c) + " IS NOT NULL").toList())
            + " GROUP BY "
            + cols
            + " HAVING COUNT(*) > 1)";
    try (Statement st = connection.createStatement()) {
      return single(st, sql);
    }
  }

  List<String[]> notNullColumns() throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (ResultSet rs = meta().getColumns(null, "PUBLIC", "%", "%")) {
      while (rs.next()) {
        if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls) {
          out.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
        }
      }
    }
    return out;
  }

  long nulls(String table, String column) throws SQLException {
    try (Statement st = connection.createStatement()) {
      return single(st, "SELECT COUNT(*) FROM " + q(table) + " WHERE " + q(column) + " IS NULL");
    }
  }

  List<String> column(String table, String column) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT " + q(column) + " FROM " + q(table) + " ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  /** Every row of every table as text, in a stable order. */
  String dump() throws SQLException {
    StringBuilder out = new StringBuilder();
    for (String table : tables()) {
      out.append("== ").append(table).append('\n');
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT * FROM " + q(table) + " ORDER BY 1, 2")) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= n; i++) {
            out.append(rs.getString(i)).append(i < n ? "|" : "\n");
          }
        }
      }
    }
    return out.toString();
  }

  static long single(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private DatabaseMetaData meta() throws SQLException {
    return connection.getMetaData();
  }

  private static String q(String identifier) {
    return '"' + identifier + '"';
  }
}
