package dev.synth.learn;

import dev.synth.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Runs statistics queries built with jOOQ's DSL on the source, so every identifier is quoted for
 * the dialect and no statement is built from unquoted strings. Constants are inlined: they are
 * numbers this package chose, never user data.
 */
final class SourceSql {
  /** Reads one result row. */
  interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private final Connection connection;
  private final DSLContext dsl;
  private final boolean postgres;

  SourceSql(Connection connection) {
    this.connection = connection;
    SQLDialect dialect = JDBCUtils.dialect(connection);
    this.dsl = DSL.using(dialect);
    this.postgres = dialect.family() == SQLDialect.POSTGRES;
  }

  boolean isPostgres() {
    return postgres;
  }

  DSLContext dsl() {
    return dsl;
  }

  static org.jooq.Table<?> table(QualifiedName name) {
    return name.schema().isEmpty()
        ? DSL.table(DSL.name(name.name()))
        : DSL.table(DSL.name(name.schema(), name.name()));
  }

  static Field<Object> field(String column) {
    return DSL.field(DSL.name(column));
  }

  static Field<Object> field(String alias, String column) {
    return DSL.field(DSL.name(alias, column));
  }

  /** A statement of 99 quantiles is long; its start says enough in a message. */
  private static String shortened(String sql) {
    return sql.length() <= 300 ? sql : sql.substring(0, 300) + " ...";
  }

  /** Runs {@code query} and hands each row to {@code reader}, holding one row at a time. */
  void each(Query query, RowReader reader) throws SQLException {
    String sql = dsl.renderInlined(query);
    try (Statement st = connection.createStatement()) {
      st.setFetchSize(1000);
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) {
          reader.read(rs);
        }
      } catch (SQLException e) {
        throw new SQLException(e.getMessage() + " [in " + shortened(sql) + "]", e.getSQLState(), e);
      }
    }
  }
}
