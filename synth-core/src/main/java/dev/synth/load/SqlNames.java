package dev.synth.load;

import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Renders quoted identifiers for one connection's dialect; the only place that turns schema names
 * into SQL text, so no statement is ever built from unquoted strings.
 */
record SqlNames(SQLDialect dialect, DSLContext dsl) {

  static SqlNames of(Connection connection) {
    SQLDialect dialect = JDBCUtils.dialect(connection);
    return new SqlNames(dialect, DSL.using(dialect));
  }

  SQLDialect family() {
    return dialect.family();
  }

  boolean isH2() {
    return family() == SQLDialect.H2;
  }

  boolean isPostgres() {
    return family() == SQLDialect.POSTGRES;
  }

  boolean isMySqlFamily() {
    return family() == SQLDialect.MYSQL || family() == SQLDialect.MARIADB;
  }

  static org.jooq.Table<?> table(QualifiedName name) {
    return name.schema().isEmpty()
        ? DSL.table(DSL.name(name.name()))
        : DSL.table(DSL.name(name.schema(), name.name()));
  }

  static org.jooq.Table<?> table(Table table) {
    return table(table.name());
  }

  static Field<Object> field(String column) {
    return DSL.field(DSL.name(column));
  }

  static List<Field<Object>> fields(List<String> columns) {
    return columns.stream().map(SqlNames::field).toList();
  }

  String render(org.jooq.QueryPart part) {
    return dsl.render(part);
  }
}
