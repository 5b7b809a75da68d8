package dev.synth.introspect;

import dev.synth.SynthException;
import dev.synth.schema.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What jooq-meta leaves out of a PostgreSQL schema, read from {@code pg_catalog}: which tables are
 * partitions (inheritance children are not), which foreign keys are DEFERRABLE, the predicates of
 * partial unique indexes, column defaults jooq-meta drops ({@code nextval(...)}), and the tables of
 * other schemas that foreign keys reference. Other databases get {@link #NONE}.
 *
 * <pre>{@code
 * PostgresCatalog pg = PostgresCatalog.read(connection, List.of("sales"));
 * pg.isPartition(new QualifiedName("sales", "orders_2024")); // true
 * }</pre>
 */
final class PostgresCatalog {
  static final PostgresCatalog NONE = new PostgresCatalog();

  private final Set<QualifiedName> partitions = new HashSet<>();
  private final Set<String> deferrable = new HashSet<>();
  private final Map<String, String> predicates = new HashMap<>();
  private final Map<String, String> defaults = new HashMap<>();
  private final Set<QualifiedName> referencedOutside = new LinkedHashSet<>();

  private PostgresCatalog() {}

  /** Reads the facts of the given schemas. */
  static PostgresCatalog read(Connection c, List<String> schemas) {
    PostgresCatalog pg = new PostgresCatalog();
    try {
      Array names = c.createArrayOf("text", schemas.toArray());
      query(c, PARTITIONS, names, rs -> pg.partitions.add(name(rs, 1)));
      query(c, DEFERRABLE, names, rs -> pg.deferrable.add(key(name(rs, 1), rs.getString(3))));
      query(
          c,
          PREDICATES,
          names,
          rs -> pg.predicates.put(key(name(rs, 1), rs.getString(3)), rs.getString(4)));
      query(
          c,
          DEFAULTS,
          names,
          rs -> pg.defaults.put(key(name(rs, 1), rs.getString(3)), rs.getString(4)));
      query(c, OUTSIDE, names, rs -> pg.referencedOutside.add(name(rs, 1)));
      return pg;
    } catch (SQLException e) {
      throw new SynthException(
          "Could not read the PostgreSQL catalog of schemas " + schemas + ": " + e.getMessage(), e);
    }
  }

  /** Whether the table is a partition of a partitioned table (filled through its parent). */
  boolean isPartition(QualifiedName table) {
    return partitions.contains(table);
  }

  boolean isDeferrable(QualifiedName table, String constraint) {
    return deferrable.contains(key(table, constraint));
  }

  /** The WHERE clause of a partial index, or {@code null}. */
  String predicate(QualifiedName table, String index) {
    return predicates.get(key(table, index));
  }

  /** The column's default expression, or {@code null}. */
  String defaultValue(QualifiedName table, String column) {
    return defaults.get(key(table, column));
  }

  /** Tables outside the read schemas that their foreign keys reference. */
  Set<QualifiedName> referencedOutside() {
    return referencedOutside;
  }

  private static String key(QualifiedName table, String part) {
    return table.schema() + '\u0000' + table.name() + '\u0000' + part;
  }

  private static QualifiedName name(ResultSet rs, int first) throws SQLException {
    return new QualifiedName(rs.getString(first), rs.getString(first + 1));
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private static void query(Connection c, String sql, Array schemas, RowReader reader)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      long parameters = sql.chars().filter(ch -> ch == '?').count();
      for (int i = 1; i <= parameters; i++) {
        ps.setArray(i, schemas);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    }
  }

  private static final String TABLES =
      " join pg_namespace n on n.oid = c.relnamespace where n.nspname = any (?)";

  private static final String PARTITIONS =
      "select n.nspname, c.relname from pg_class c" + TABLES + " and c.relispartition";

  private static final String DEFERRABLE =
      "select n.nspname, c.relname, k.conname from pg_constraint k"
          + " join pg_class c on c.oid = k.conrelid"
          + TABLES
          + " and k.contype = 'f' and k.condeferrable";

  private static final String PREDICATES =
      "select n.nspname, c.relname, i.relname, pg_get_expr(x.indpred, x.indrelid)"
          + " from pg_index x join pg_class i on i.oid = x.indexrelid"
          + " join pg_class c on c.oid = x.indrelid"
          + TABLES
          + " and x.indpred is not null";

  private static final String DEFAULTS =
      "select n.nspname, c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid)"
          + " from pg_attrdef d join pg_class c on c.oid = d.adrelid"
          + " join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum"
          + TABLES;

  private static final String OUTSIDE =
      "select distinct tn.nspname, t.relname from pg_constraint k"
          + " join pg_class c on c.oid = k.conrelid"
          + " join pg_class t on t.oid = k.confrelid"
          + " join pg_namespace tn on tn.oid = t.relnamespace"
          + TABLES
          + " and k.contype = 'f' and not tn.nspname = any (?)";
}
