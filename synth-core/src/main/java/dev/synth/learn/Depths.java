package dev.synth.learn;

import dev.synth.profile.DepthCount;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.impl.DSL;

/**
 * The rows per depth of the tree a self-reference makes, counted by a {@code WITH RECURSIVE} query
 * in the source. Depth 0 are the roots: rows whose reference is NULL (in any column) or points at
 * the row itself. Depth d + 1 are the rows that reference a row of depth d. The recursion stops
 * after depth {@value #DEEPEST} - 1, so it runs at most {@value #DEEPEST} rounds whatever the data;
 * the last level, depth {@value #DEEPEST}, counts every other row: rows that deep or deeper, and
 * rows in a cycle (or below one), which no root reaches. Since each row references one row, the
 * recursion reaches a row at most once and never loops. The levels are then {@link DepthLevels
 * k-gated}.
 */
final class Depths {
  /** The deepest level reported; deeper rows are counted in it. */
  static final int DEEPEST = 30;

  private static final String TREE = "synth_tree";
  private static final String DEPTH = "synth_depth";

  private Depths() {}

  static List<DepthCount> read(SourceSql sql, Table table, ForeignKey fk, long rows, int k)
      throws SQLException {
    Map<Integer, Long> byDepth = new TreeMap<>();
    sql.each(query(sql, table, fk), rs -> byDepth.put(rs.getInt(1), rs.getLong(2)));
    long reached = byDepth.values().stream().mapToLong(Long::longValue).sum();
    if (rows > reached) {
      byDepth.merge(DEEPEST, rows - reached, Long::sum);
    }
    return DepthLevels.gated(byDepth, k);
  }

  private static org.jooq.Select<?> query(SourceSql sql, Table table, ForeignKey fk) {
    int n = fk.columns().size();
    List<Name> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(DSL.name("k" + (i + 1)));
    }
    names.add(DSL.name(DEPTH));
    Field<Integer> depth = DSL.field(DSL.name(TREE, DEPTH), Integer.class);
    List<Field<?>> rootSelect = new ArrayList<>(keys(fk, null));
    rootSelect.add(DSL.inline(0));
    List<Field<?>> childSelect = new ArrayList<>(keys(fk, "c"));
    childSelect.add(depth.plus(DSL.inline(1)));
    List<Condition> onParent = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      onParent.add(
          SourceSql.field("c", fk.columns().get(i)).eq(DSL.field(DSL.name(TREE, "k" + (i + 1)))));
    }
    Condition anyNull =
        DSL.or(fk.columns().stream().map(c -> SourceSql.field(c).isNull()).toList());
    CommonTableExpression<?> tree =
        DSL.name(TREE)
            .fields(names.toArray(Name[]::new))
            .as(
                DSL.select(rootSelect)
                    .from(SourceSql.table(table.name()))
                    .where(anyNull.or(pointsAtItself(fk, null)))
                    .unionAll(
                        DSL.select(childSelect)
                            .from(SourceSql.table(table.name()).as("c"))
                            .join(DSL.table(DSL.name(TREE)))
                            .on(DSL.and(onParent))
                            .where(depth.lt(DSL.inline(DEEPEST - 1)))
                            .and(DSL.not(pointsAtItself(fk, "c")))));
    Field<Integer> level = DSL.field(DSL.name(DEPTH), Integer.class);
    return sql.dsl().withRecursive(tree).select(level, DSL.count()).from(tree).groupBy(level);
  }

  /** The referenced columns of the table's rows: what a child's reference matches. */
  private static List<Field<Object>> keys(ForeignKey fk, String alias) {
    return fk.targetColumns().stream()
        .map(c -> alias == null ? SourceSql.field(c) : SourceSql.field(alias, c))
        .toList();
  }

  private static Condition pointsAtItself(ForeignKey fk, String alias) {
    List<Condition> equal = new ArrayList<>();
    for (int i = 0; i < fk.columns().size(); i++) {
      String own = fk.columns().get(i);
      String target = fk.targetColumns().get(i);
      equal.add(
          alias == null
              ? SourceSql.field(own).eq(SourceSql.field(target))
              : SourceSql.field(alias, own).eq(SourceSql.field(alias, target)));
    }
    return DSL.and(equal);
  }
}
