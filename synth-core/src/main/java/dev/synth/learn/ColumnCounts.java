package dev.synth.learn;

import dev.synth.schema.Column;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A table's row count and, per column, its non-null and distinct counts, all from one aggregate
 * query.
 *
 * @param rows the row count
 * @param nonNull non-null values per column
 * @param distinct distinct non-null values per column whose type the database can compare
 */
record ColumnCounts(long rows, Map<String, Long> nonNull, Map<String, Long> distinct) {

  static ColumnCounts read(SourceSql sql, Table table) throws SQLException {
    List<Field<?>> select = new ArrayList<>();
    select.add(DSL.count());
    for (Column c : table.columns()) {
      select.add(DSL.count(SourceSql.field(c.name())));
      if (countsDistinct(c.type().kind())) {
        select.add(DSL.countDistinct(SourceSql.field(c.name())));
      }
    }
    Map<String, Long> nonNull = new HashMap<>();
    Map<String, Long> distinct = new HashMap<>();
    long[] rows = new long[1];
    sql.each(
        sql.dsl().select(select).from(SourceSql.table(table.name())),
        rs -> {
          rows[0] = rs.getLong(1);
          int i = 2;
          for (Column c : table.columns()) {
            nonNull.put(c.name(), rs.getLong(i++));
            if (countsDistinct(c.type().kind())) {
              distinct.put(c.name(), rs.getLong(i++));
            }
          }
        });
    return new ColumnCounts(rows[0], nonNull, distinct);
  }

  /** Large objects, JSON and arrays have no equality every database can count distinct. */
  static boolean countsDistinct(TypeKind kind) {
    return kind.isNumeric()
        || kind.isTemporal()
        || kind == TypeKind.CHAR
        || kind == TypeKind.VARCHAR
        || kind == TypeKind.BOOLEAN
        || kind == TypeKind.ENUM
        || kind == TypeKind.UUID;
  }

  double nullFraction(String column) {
    return rows == 0 ? 0 : (rows - nonNull.get(column)) / (double) rows;
  }
}
