package dev.synth.plan;

import dev.synth.PlanException;
import dev.synth.schema.Column;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders the filled tables so every parent is inserted before its children, breaking each cycle on
 * a DEFERRABLE foreign key (checked at commit, so rows may reference rows inserted later) or else
 * on a nullable one (inserted NULL, set by an UPDATE once both sides exist).
 *
 * <pre>{@code
 * InsertOrder order = InsertOrder.of(List.of(orders, customer));
 * order.tables();         // [customer, orders]
 * order.deferred();       // foreign keys filled by UPDATE after insertion
 * order.checkedAtCommit(); // DEFERRABLE foreign keys the run defers to its commit
 * }</pre>
 *
 * @param tables the tables in insertion order
 * @param deferred the nullable foreign keys broken to make that order possible
 * @param checkedAtCommit the deferrable foreign keys broken to make that order possible
 */
public record InsertOrder(
    List<Table> tables, Set<ForeignKey> deferred, Set<ForeignKey> checkedAtCommit) {

  /** Orders the given tables; references to tables outside the list are ignored. */
  public static InsertOrder of(List<Table> filled) {
    Map<QualifiedName, Table> byName = new LinkedHashMap<>();
    filled.forEach(t -> byName.put(t.name(), t));
    Set<ForeignKey> broken = new HashSet<>();
    for (List<Table> component : new Components(byName, broken).find()) {
      if (component.size() > 1) {
        broken.addAll(breakCycle(component));
      }
    }
    List<Table> order = new ArrayList<>();
    for (List<Table> component : new Components(byName, broken).find()) {
      order.addAll(component);
    }
    Set<ForeignKey> atCommit = new HashSet<>();
    broken.stream().filter(ForeignKey::deferrable).forEach(atCommit::add);
    broken.removeAll(atCommit);
    return new InsertOrder(List.copyOf(order), Set.copyOf(broken), Set.copyOf(atCommit));
  }

  /**
   * Breaks foreign keys of the cycle one at a time until no cycle is left: deferrable ones first
   * (no NULL, no UPDATE), then nullable ones.
   */
  private static List<ForeignKey> breakCycle(List<Table> cycle) {
    Map<QualifiedName, Table> members = new LinkedHashMap<>();
    cycle.forEach(t -> members.put(t.name(), t));
    List<ForeignKey> broken = new ArrayList<>();
    Set<ForeignKey> ignored = new HashSet<>();
    for (boolean deferrablePass : new boolean[] {true, false}) {
      for (Table t : cycle) {
        for (ForeignKey fk : t.foreignKeys()) {
          boolean usable = deferrablePass ? fk.deferrable() : nullable(t, fk);
          if (!members.containsKey(fk.target())
              || fk.target().equals(t.name())
              || ignored.contains(fk)
              || !usable) {
            continue;
          }
          ignored.add(fk);
          broken.add(fk);
          if (new Components(members, ignored).find().stream().allMatch(c -> c.size() == 1)) {
            return broken;
          }
        }
      }
    }
    throw new PlanException(unbreakable(cycle, members, ignored));
  }

  private static String unbreakable(
      List<Table> cycle, Map<QualifiedName, Table> members, Set<ForeignKey> deferred) {
    String edges =
        cycle.stream()
            .flatMap(
                t ->
                    t.foreignKeys().stream()
                        .filter(fk -> members.containsKey(fk.target()))
                        .filter(fk -> !fk.target().equals(t.name()))
                        .filter(fk -> !deferred.contains(fk))
                        .map(
                            fk ->
                                t.name()
                                    + ""
                                    + fk.columns()
                                    + " -> "
                                    + fk.target()
                                    + " (NOT NULL, NOT DEFERRABLE)"))
            .collect(Collectors.joining(", "));
    return "tables "
        + cycle.stream().map(t -> t.name().toString()).collect(Collectors.joining(", "))
        + " reference each other in a cycle that has no nullable or deferrable foreign key: "
        + edges
        + ". Nothing was written. Options: make one of these foreign key columns nullable,"
        + " declare the constraint DEFERRABLE (PostgreSQL), or leave one table out"
        + " (exclude it, or set its rows to 0) and fill it yourself.";
  }

  static boolean nullable(Table table, ForeignKey fk) {
    return fk.columns().stream().map(c -> table.column(c).orElseThrow()).allMatch(Column::nullable);
  }

  /** Tarjan's strongly connected components, emitted parents first. */
  private static final class Components {
    private final Map<QualifiedName, Table> tables;
    private final Set<ForeignKey> ignored;
    private final Map<QualifiedName, Integer> index = new HashMap<>();
    private final Map<QualifiedName, Integer> low = new HashMap<>();
    private final Deque<QualifiedName> stack = new ArrayDeque<>();
    private final Set<QualifiedName> onStack = new HashSet<>();
    private final List<List<Table>> result = new ArrayList<>();
    private int counter;

    Components(Map<QualifiedName, Table> tables, Set<ForeignKey> ignored) {
      this.tables = tables;
      this.ignored = ignored;
    }

    List<List<Table>> find() {
      for (QualifiedName name : tables.keySet()) {
        if (!index.containsKey(name)) {
          visit(name);
        }
      }
      return result;
    }

    private void visit(QualifiedName v) {
      index.put(v, counter);
      low.put(v, counter);
      counter++;
      stack.push(v);
      onStack.add(v);
      for (ForeignKey fk : tables.get(v).foreignKeys()) {
        QualifiedName w = fk.target();
        if (ignored.contains(fk) || w.equals(v) || !tables.containsKey(w)) {
          continue;
        }
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        List<Table> component = new ArrayList<>();
        QualifiedName w;
        do {
          w = stack.pop();
          onStack.remove(w);
          component.add(tables.get(w));
        } while (!w.equals(v));
        // Tarjan emits a component after all components it points to: parents come out first.
        result.add(component);
      }
    }
  }
}
