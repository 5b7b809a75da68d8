package dev.synth.plan;

import dev.synth.config.Mode;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import java.util.List;

/**
 * The full plan of a run: tables in insertion order with their generators, the tables only
 * referenced, the cycle breaks and the notes a user should read before trusting the data.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(schema, config, facts);
 * System.out.println(plan.describe());
 * }</pre>
 *
 * @param seed the run's seed
 * @param mode the run's mode
 * @param tables filled tables in insertion order
 * @param referenced tables read for their keys but not filled
 * @param notes checks not understood and other caveats
 * @param deferredConstraints DEFERRABLE foreign keys the load defers to its commit (schema and
 *     constraint name), so a cycle can be inserted in one pass
 * @param alsoEmptied empty tables that are not filled but reference filled ones: truncate mode
 *     empties them alongside (PostgreSQL refuses to TRUNCATE a table referenced from outside the
 *     statement)
 */
public record Plan(
    long seed,
    Mode mode,
    List<TablePlan> tables,
    List<Table> referenced,
    List<String> notes,
    List<QualifiedName> deferredConstraints,
    List<Table> alsoEmptied) {
  public Plan {
    tables = List.copyOf(tables);
    referenced = List.copyOf(referenced);
    notes = List.copyOf(notes);
    deferredConstraints = List.copyOf(deferredConstraints);
    alsoEmptied = List.copyOf(alsoEmptied);
  }

  /** A plan that defers no constraint and empties only the filled tables. */
  public Plan(
      long seed, Mode mode, List<TablePlan> tables, List<Table> referenced, List<String> notes) {
    this(seed, mode, tables, referenced, notes, List.of(), List.of());
  }

  /** The tables truncate mode empties, children before the tables they reference. */
  public List<Table> tablesToEmpty() {
    List<Table> out = new java.util.ArrayList<>(alsoEmptied);
    for (int i = tables.size() - 1; i >= 0; i--) {
      out.add(tables.get(i).table());
    }
    return out;
  }

  /** A readable summary: order, row counts, cycle breaks and the generator of every column. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append("Plan (seed ").append(seed).append(", mode ").append(mode.key()).append(")\n");
    int n = 1;
    for (TablePlan t : tables) {
      out.append(String.format("%3d. %s: %,d rows%n", n++, t.table().name(), t.rows()));
      int width = t.sources().keySet().stream().mapToInt(String::length).max().orElse(0);
      t.sources()
          .forEach(
              (column, source) ->
                  out.append(String.format("       %-" + width + "s  %s%n", column, source)));
      for (ForeignKey fk : t.deferred()) {
        out.append("       cycle break: ")
            .append(fk.columns())
            .append(" inserted NULL, set by UPDATE once ")
            .append(fk.target())
            .append(" is filled\n");
      }
    }
    for (QualifiedName c : deferredConstraints) {
      out.append("     cycle break: constraint ")
          .append(c)
          .append(" (DEFERRABLE) checked at commit\n");
    }
    for (Table t : referenced) {
      out.append("     referenced, not filled: ").append(t.name()).append('\n');
    }
    notes.forEach(note -> out.append("note: ").append(note).append('\n'));
    return out.toString();
  }
}
