package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Empties tables inside the caller's transaction, so that a later failure rolls the deletion back
 * too. PostgreSQL gets one {@code TRUNCATE a, b, c} (transactional there); H2 and MySQL/MariaDB get
 * a {@code DELETE FROM} per table, child tables first, because their {@code TRUNCATE} commits
 * implicitly. Tables in a foreign-key cycle need the cycle broken (a nullable key set to NULL)
 * before {@code DELETE} can empty them.
 *
 * <pre>{@code
 * Cleaner.empty(connection, List.of(orderItem, orders, customer));
 * // ... load, then connection.commit() or connection.rollback()
 * }</pre>
 */
public final class Cleaner {
  private static final Logger LOG = LoggerFactory.getLogger(Cleaner.class);

  private Cleaner() {}

  /** Removes every row of the tables, given children before the tables they reference. */
  public static void empty(Connection c, List<Table> tablesChildFirst) {
    empty(c, tablesChildFirst, java.util.Map.of());
  }

  /**
   * Removes every row of the tables; {@code cycleColumns} are foreign key columns that close a
   * cycle among them, set to NULL first so row-by-row deletes can proceed.
   */
  public static void empty(
      Connection c, List<Table> tablesChildFirst, java.util.Map<Table, List<String>> cycleColumns) {
    if (tablesChildFirst.isEmpty()) {
      return;
    }
    SqlNames names = SqlNames.of(c);
    if (!names.isPostgres()) {
      cycleColumns.forEach((table, columns) -> detach(c, names, table, columns));
    }
    if (names.isPostgres()) {
      var tables = tablesChildFirst.stream().map(t -> OwnRows.of(c, t)).toList();
      execute(c, names.render(DSL.query("truncate {0}", DSL.list(tables))), tablesChildFirst);
    } else {
      for (Table table : tablesChildFirst) {
        execute(c, names.dsl().deleteFrom(SqlNames.table(table)).getSQL(), List.of(table));
      }
    }
  }

  private static void detach(Connection c, SqlNames names, Table table, List<String> columns) {
    var update =
        names
            .dsl()
            .update(SqlNames.table(table))
            .set(SqlNames.field(columns.get(0)), (Object) null);
    for (String column : columns.subList(1, columns.size())) {
      update = update.set(SqlNames.field(column), (Object) null);
    }
    execute(c, update.getSQL(org.jooq.conf.ParamType.INLINED), List.of(table));
  }

  private static void execute(Connection c, String sql, List<Table> tables) {
    LOG.debug("Emptying {}: {}", tables, sql);
    try (Statement statement = c.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new LoadException(
          "cannot empty "
              + tables
              + ": "
              + DatabaseMessage.of(e)
              + "; rows of other tables may still reference them: include those tables too",
          e);
    }
  }
}
