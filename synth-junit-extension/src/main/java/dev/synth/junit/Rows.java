package dev.synth.junit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/** Reads a table's committed rows for {@link SyntheticDataset#rows}. */
final class Rows {
  private Rows() {}

  static String unqualified(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  static List<Map<String, Object>> read(DataSource base, String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    var name =
        dot < 0
            ? DSL.name(qualifiedName)
            : DSL.name(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1));
    try (Connection c = base.getConnection()) {
      DSLContext dsl = DSL.using(c, JDBCUtils.dialect(c));
      List<Map<String, Object>> out = new ArrayList<>();
      for (Record r : dsl.selectFrom(DSL.table(name)).orderBy(DSL.inline(1)).fetch()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < r.size(); i++) {
          row.put(r.field(i).getName(), r.get(i));
        }
        out.add(java.util.Collections.unmodifiableMap(row));
      }
      return List.copyOf(out);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the rows of " + qualifiedName + ": " + e, e);
    }
  }
}
