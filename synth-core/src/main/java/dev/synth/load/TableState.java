package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.schema.Column;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * Reads what a table already holds (its own rows, see {@link OwnRows}): its row count, existing
 * keys (to reference lookup tables that are not filled) and the largest value of a column. Temporal
 * and UUID values come back as the generator's Java types ({@code LocalDate}, {@code
 * LocalDateTime}, {@code UUID}...).
 *
 * <pre>{@code
 * long rows = TableState.rowCount(c, country);
 * List<Object[]> codes = TableState.keys(c, country, List.of("CODE"), 10_000);
 * Object maxId = TableState.max(c, orders, "ID"); // null when empty
 * }</pre>
 */
public final class TableState {
  private TableState() {}

  public static long rowCount(Connection c, Table table) {
    Query q = SqlNames.of(c).dsl().selectCount().from(OwnRows.of(c, table));
    return ((Number) query(c, table, q, List.of(Long.class), 1).get(0)[0]).longValue();
  }

  /** Up to {@code limit} existing tuples of {@code columns}, ordered by them. */
  public static List<Object[]> keys(Connection c, Table table, List<String> columns, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
    }
    List<Column> model = columns.stream().map(n -> column(table, n)).toList();
    var fields = SqlNames.fields(model.stream().map(Column::name).toList());
    Query q = SqlNames.of(c).dsl().select(fields).from(OwnRows.of(c, table)).orderBy(fields);
    return query(c, table, q, model.stream().map(TableState::javaType).toList(), limit);
  }

  /** The largest value of {@code column}, or {@code null} when the table is empty. */
  public static Object max(Connection c, Table table, String column) {
    Column model = column(table, column);
    Query q =
        SqlNames.of(c)
            .dsl()
            .select(DSL.max(SqlNames.field(model.name())))
            .from(OwnRows.of(c, table));
    return query(c, table, q, List.of(javaType(model)), 1).get(0)[0];
  }

  private static List<Object[]> query(
      Connection c, Table table, Query q, List<Class<?>> types, int limit) {
    String sql = q.getSQL();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      // JDBC's row limit instead of a LIMIT clause: portable, and no literal in the SQL.
      ps.setMaxRows(limit);
      try (ResultSet rs = ps.executeQuery()) {
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
          Object[] row = new Object[types.size()];
          for (int i = 0; i < row.length; i++) {
            // H2 refuses getObject(i, Object.class); the untyped call means the same.
            row[i] =
                types.get(i) == Object.class
                    ? rs.getObject(i + 1)
                    : rs.getObject(i + 1, types.get(i));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new LoadException(
          "cannot read table " + table + ": " + DatabaseMessage.of(e) + "; query: " + sql, e);
    }
  }

  private static Column column(Table table, String name) {
    return table
        .column(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "table "
                        + table
                        + " has no column "
                        + name
                        + "; columns are "
                        + table.columnNames()));
  }

  private static Class<?> javaType(Column column) {
    return switch (column.type().kind()) {
      case DATE -> LocalDate.class;
      case TIME -> LocalTime.class;
      case TIMESTAMP -> LocalDateTime.class;
      case TIMESTAMP_TZ -> OffsetDateTime.class;
      case UUID -> UUID.class;
      default -> Object.class;
    };
  }
}
