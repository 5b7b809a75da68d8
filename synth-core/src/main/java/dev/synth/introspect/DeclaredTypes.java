package dev.synth.introspect;

import dev.synth.SynthException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MySQL and MariaDB column types as declared ({@code information_schema.COLUMNS.COLUMN_TYPE}),
 * which keep what jooq-meta's type names drop: {@code UNSIGNED}, the display width that makes
 * {@code tinyint(1)} a boolean, the members of a {@code SET} and the width of a {@code BIT}.
 *
 * <pre>{@code
 * DeclaredTypes types = DeclaredTypes.read(connection, List.of("shop"));
 * types.of("shop", "customer", "visits"); // Optional[int(10) unsigned]
 * }</pre>
 */
final class DeclaredTypes {
  private static final String QUERY =
      "select TABLE_NAME, COLUMN_NAME, COLUMN_TYPE from information_schema.COLUMNS"
          + " where TABLE_SCHEMA = ?";

  private final Map<String, String> byColumn;

  private DeclaredTypes(Map<String, String> byColumn) {
    this.byColumn = byColumn;
  }

  /** No declared types: other databases' type names already say all we need. */
  static DeclaredTypes none() {
    return new DeclaredTypes(Map.of());
  }

  static DeclaredTypes read(Connection connection, List<String> schemas) {
    Map<String, String> types = new HashMap<>();
    String schema = String.join(", ", schemas);
    try (PreparedStatement ps = connection.prepareStatement(QUERY)) {
      for (String s : schemas) {
        ps.setString(1, s);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            types.put(key(s, rs.getString(1), rs.getString(2)), rs.getString(3));
          }
        }
      }
    } catch (SQLException e) {
      throw new SynthException(
          "Could not read the declared column types of schema " + schema + ": " + e.getMessage(),
          e);
    }
    return new DeclaredTypes(types);
  }

  Optional<String> of(String schema, String table, String column) {
    return Optional.ofNullable(byColumn.get(key(schema, table, column)));
  }

  private static String key(String schema, String table, String column) {
    return schema + '\u0000' + table + '\u0000' + column;
  }
}
