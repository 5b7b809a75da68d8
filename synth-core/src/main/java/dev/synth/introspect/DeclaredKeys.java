package dev.synth.introspect;

import dev.synth.SynthException;
import dev.synth.schema.UniqueKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The primary keys of a MySQL or MariaDB schema, read from {@code information_schema.STATISTICS}
 * without jooq-meta's {@code SELECT DISTINCT}: information_schema compares names ignoring case, so
 * two tables whose names differ only in case ({@code Team} and {@code team}, possible where {@code
 * lower_case_table_names = 0}) had one primary key folded into the other's.
 *
 * <pre>{@code
 * DeclaredKeys.read(connection, List.of("shop")).primaryKey("shop", "team", null); // [id]
 * }</pre>
 */
final class DeclaredKeys {
  private static final String QUERY =
      "select TABLE_NAME, COLUMN_NAME from information_schema.STATISTICS"
          + " where TABLE_SCHEMA = ? and INDEX_NAME = 'PRIMARY' order by TABLE_NAME, SEQ_IN_INDEX";

  private final Map<String, List<String>> primaryKeys;

  private DeclaredKeys(Map<String, List<String>> primaryKeys) {
    this.primaryKeys = primaryKeys;
  }

  static DeclaredKeys none() {
    return new DeclaredKeys(Map.of());
  }

  static DeclaredKeys read(Connection connection, List<String> schemas) {
    Map<String, List<String>> keys = new HashMap<>();
    String schema = String.join(", ", schemas);
    try (PreparedStatement ps = connection.prepareStatement(QUERY)) {
      for (String s : schemas) {
        ps.setString(1, s);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            keys.computeIfAbsent(s + '.' + rs.getString(1), t -> new ArrayList<>())
                .add(rs.getString(2));
          }
        }
      }
    } catch (SQLException e) {
      throw new SynthException(
          "Could not read the primary keys of schema " + schema + ": " + e.getMessage(), e);
    }
    return new DeclaredKeys(keys);
  }

  /** The declared primary key, or {@code fallback} when none was read for the table. */
  UniqueKey primaryKey(String schema, String table, UniqueKey fallback) {
    List<String> columns = primaryKeys.get(schema + '.' + table);
    if (columns == null) {
      return fallback;
    }
    String name = fallback != null ? fallback.name() : "KEY_" + table + "_PRIMARY";
    return new UniqueKey(name, columns, true, null);
  }
}
