package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.schema.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jooq.impl.DSL;

/**
 * Defers DEFERRABLE constraints to the commit of the caller's transaction, so the rows of a foreign
 * key cycle can be inserted in one pass: {@code SET CONSTRAINTS s.a, s.b DEFERRED}.
 *
 * <pre>{@code
 * connection.setAutoCommit(false);
 * Constraints.deferToCommit(connection, List.of(new QualifiedName("public", "a_b_fk")));
 * }</pre>
 */
final class Constraints {
  private Constraints() {}

  static void deferToCommit(Connection c, List<QualifiedName> constraints) {
    if (constraints.isEmpty()) {
      return;
    }
    SqlNames names = SqlNames.of(c);
    var list =
        DSL.list(
            constraints.stream()
                .map(
                    k -> k.schema().isEmpty() ? DSL.name(k.name()) : DSL.name(k.schema(), k.name()))
                .toList());
    String sql = names.render(DSL.query("set constraints {0} deferred", list));
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new LoadException(
          "cannot defer the constraints "
              + constraints
              + " that break a foreign key cycle: "
              + DatabaseMessage.of(e)
              + "; statement: "
              + sql,
          e);
    }
  }
}
