package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.impl.DSL;

/**
 * The rows a table holds itself. On PostgreSQL a table that others INHERIT also shows their rows,
 * so counting, reading keys or emptying it must say {@code ONLY t}; a partitioned table refuses
 * ONLY in TRUNCATE and holds nothing itself, its partitions being its rows.
 *
 * <pre>{@code
 * dsl.selectCount().from(OwnRows.of(connection, city)); // FROM ONLY "city" on PostgreSQL
 * }</pre>
 */
final class OwnRows {
  private OwnRows() {}

  static org.jooq.Table<?> of(Connection c, Table table) {
    SqlNames names = SqlNames.of(c);
    org.jooq.Table<?> name = SqlNames.table(table);
    if (!names.isPostgres() || partitioned(c, names, table)) {
      return name;
    }
    return DSL.table("only {0}", name);
  }

  private static boolean partitioned(Connection c, SqlNames names, Table table) {
    String sql = "select relkind from pg_class where oid = to_regclass(?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, names.render(SqlNames.table(table)));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && "p".equals(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new LoadException("cannot read the kind of table " + table + ": " + e.getMessage(), e);
    }
  }
}
