package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.schema.Column;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves an identity column's sequence past the largest value in the table, so the application's
 * next insert does not collide with loaded rows. On PostgreSQL that is the column's own sequence
 * (serial, identity) or the one its {@code nextval(...)} default names, and it is never moved
 * backwards. Run it after committing the data: on MySQL and MariaDB the ALTER TABLE commits
 * implicitly; on H2 (2.3) the restart neither commits nor is undone by a rollback, and PostgreSQL's
 * {@code setval} is not rolled back either.
 *
 * <pre>{@code
 * connection.commit();
 * Identities.moveAfterMax(connection, orders, orders.column("ID").orElseThrow());
 * connection.commit();
 * }</pre>
 */
public final class Identities {
  private static final Logger LOG = LoggerFactory.getLogger(Identities.class);
  private static final Pattern NEXTVAL =
      Pattern.compile("nextval\\('((?:[^']|'')+)'(?:::regclass)?\\)", Pattern.CASE_INSENSITIVE);

  private Identities() {}

  /** Restarts the column's sequence at max + 1; leaves it alone when the table is empty. */
  public static void moveAfterMax(Connection c, Table table, Column identityColumn) {
    Object max = TableState.max(c, table, identityColumn.name());
    if (!(max instanceof Number number)) {
      LOG.debug("Identity {}.{} left as is: max is {}", table, identityColumn.name(), max);
      return;
    }
    long last = number.longValue();
    SqlNames names = SqlNames.of(c);
    var t = SqlNames.table(table);
    var column = SqlNames.field(identityColumn.name());
    if (names.isPostgres()) {
      // pg_get_serial_sequence reads its first argument as SQL text, hence the quoted name. A
      // column whose default draws from a sequence it does not own (shared, or inherited from an
      // INHERITS parent) names that sequence in its default. The sequence never moves backwards:
      // another table may draw from it too.
      run(
          c,
          "select setval(s, greatest(? + 1, nextval(s)), false) from (select"
              + " coalesce(pg_get_serial_sequence(?, ?), ?)::regclass as s) q",
          java.util.Arrays.asList(
              last, names.render(t), identityColumn.name(), sequenceOf(identityColumn)),
          table);
    } else if (names.isMySqlFamily()) {
      run(
          c,
          names.render(DSL.query("alter table {0} auto_increment = {1}", t, DSL.inline(last + 1))),
          List.of(),
          table);
    } else {
      run(
          c,
          names.render(
              DSL.query(
                  "alter table {0} alter column {1} restart with {2}",
                  t, column, DSL.inline(last + 1))),
          List.of(),
          table);
    }
    LOG.debug("Identity {}.{} continues after {}", table, identityColumn.name(), last);
  }

  /** The sequence a {@code nextval('name'::regclass)} default draws from, or {@code null}. */
  static String sequenceOf(Column column) {
    if (column.defaultValue() == null) {
      return null;
    }
    Matcher m = NEXTVAL.matcher(column.defaultValue());
    return m.find() ? m.group(1).replace("''", "'") : null;
  }

  private static void run(Connection c, String sql, List<Object> values, Table table) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        ps.setObject(i + 1, values.get(i));
      }
      ps.execute();
    } catch (SQLException e) {
      throw new LoadException(
          "cannot move the identity of table "
              + table
              + " past the loaded"
              + " keys: "
              + DatabaseMessage.of(e)
              + "; statement: "
              + sql,
          e);
    }
  }
}
