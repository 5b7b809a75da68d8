package dev.synth.introspect;

import dev.synth.SynthException;
import dev.synth.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables of other MySQL or MariaDB databases that a database's foreign keys reference (InnoDB
 * allows {@code REFERENCES other_db.parent (id)}). jooq-meta only keeps foreign keys whose target
 * it has read, so these tables are read too, for their keys; they are never filled.
 *
 * <pre>{@code
 * OtherDatabases.referencedFrom(connection, "orders_db"); // [customers_db.customer]
 * }</pre>
 */
final class OtherDatabases {
  private static final String QUERY =
      "select REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME"
          + " from information_schema.KEY_COLUMN_USAGE"
          + " where TABLE_SCHEMA = ? and REFERENCED_TABLE_SCHEMA is not null";

  private OtherDatabases() {}

  static List<QualifiedName> referencedFrom(Connection connection, String schema) {
    Set<QualifiedName> tables = new LinkedHashSet<>();
    try (PreparedStatement ps = connection.prepareStatement(QUERY)) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!schema.equals(rs.getString(1))) {
            tables.add(new QualifiedName(rs.getString(1), rs.getString(2)));
          }
        }
      }
    } catch (SQLException e) {
      throw new SynthException(
          "Could not read which other databases the foreign keys of "
              + schema
              + " reference: "
              + e.getMessage(),
          e);
    }
    return List.copyOf(tables);
  }
}
