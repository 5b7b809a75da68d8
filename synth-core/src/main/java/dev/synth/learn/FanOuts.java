package dev.synth.learn;

import dev.synth.profile.ForeignKeyProfile;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A foreign key's null fraction and children-per-parent histogram. The source groups children by
 * parent with a LEFT JOIN from the parent side, so parents without children count as 0, and then
 * groups parents by child count; only the distinct child counts (at most about the square root of
 * twice the row count) reach memory.
 */
final class FanOuts {
  private FanOuts() {}

  static ForeignKeyProfile read(SourceSql sql, Table child, ForeignKey fk, long childRows, int k)
      throws SQLException {
    double nullFraction = childRows == 0 ? 0 : nullRows(sql, child, fk) / (double) childRows;
    return new ForeignKeyProfile(
        fk.name(),
        fk.columns(),
        fk.target().schema(),
        fk.target().name(),
        nullFraction,
        FanOutBuckets.of(childrenPerParent(sql, child, fk), k));
  }

  static long nullRows(SourceSql sql, Table child, ForeignKey fk) throws SQLException {
    Condition anyNull =
        DSL.or(fk.columns().stream().map(c -> SourceSql.field(c).isNull()).toList());
    long[] n = new long[1];
    sql.each(
        sql.dsl().selectCount().from(SourceSql.table(child.name())).where(anyNull),
        rs -> n[0] = rs.getLong(1));
    return n[0];
  }

  static Map<Long, Long> childrenPerParent(SourceSql sql, Table child, ForeignKey fk)
      throws SQLException {
    List<Condition> on = new ArrayList<>();
    List<Field<?>> parentKey = new ArrayList<>();
    for (int i = 0; i < fk.columns().size(); i++) {
      Field<Object> target = SourceSql.field("p", fk.targetColumns().get(i));
      parentKey.add(target);
      on.add(target.eq(SourceSql.field("c", fk.columns().get(i))));
    }
    var perParent =
        sql.dsl()
            .select(DSL.count(SourceSql.field("c", fk.columns().get(0))).as("n"))
            .from(SourceSql.table(fk.target()).as("p"))
            .leftJoin(SourceSql.table(child.name()).as("c"))
            .on(DSL.and(on))
            .groupBy(parentKey)
            .asTable("x");
    Field<Object> n = SourceSql.field("x", "n");
    Map<Long, Long> parentsByChildren = new TreeMap<>();
    sql.each(
        sql.dsl().select(n, DSL.count()).from(perParent).groupBy(n),
        rs -> parentsByChildren.put(rs.getLong(1), rs.getLong(2)));
    return parentsByChildren;
  }
}
