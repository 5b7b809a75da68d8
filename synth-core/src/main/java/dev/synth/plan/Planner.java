package dev.synth.plan;

import dev.synth.PlanException;
import dev.synth.config.Mode;
import dev.synth.config.SynthConfig;
import dev.synth.generate.TableGenerator;
import dev.synth.profile.Profile;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out a run before anything is written: which tables are filled and in which order, how many
 * rows each gets, how cycles are broken, and the source of every column. Every problem the schema
 * and configuration make unavoidable is raised here, before writing.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(schema, SynthConfig.defaults().withRows(50), DatabaseFacts.empty());
 * }</pre>
 */
public final class Planner {
  private Planner() {}

  public static Plan plan(Schema schema, SynthConfig config, DatabaseFacts facts) {
    return plan(schema, config, facts, null);
  }

  /**
   * Plans a run that reproduces {@code profile} where the configuration does not say otherwise.
   *
   * @param profile what was learned from a source database, or {@code null}
   */
  public static Plan plan(Schema schema, SynthConfig config, DatabaseFacts facts, Profile profile) {
    ProfileGuide guide = ProfileGuide.of(profile, schema);
    ResolvedConfig resolved = ResolvedConfig.resolve(schema, config, guide);
    List<Table> filled =
        schema.tables().stream().filter(t -> resolved.filled().contains(t.name())).toList();
    refuseNonEmpty(config, filled, facts);
    ExistingKeys existing = new ExistingKeys(facts);
    RowCounts counts =
        new RowCounts(
            config, resolved, guide, child -> perParentExisting(schema, resolved, existing, child));
    InsertOrder order = InsertOrder.of(filled);
    Map<QualifiedName, TableGenerator> generators = new HashMap<>();
    List<String> notes = new ArrayList<>(guide.drift(resolved.filled()));
    PlanContext context =
        new PlanContext(
            schema,
            config,
            resolved,
            counts,
            existing,
            generators,
            order.deferred(),
            notes,
            facts,
            guide);
    List<TablePlan> tables = new ArrayList<>();
    for (Table table : order.tables()) {
      TablePlan plan = new TablePlanner(context, table).plan();
      generators.put(table.name(), plan.generator());
      tables.add(plan);
    }
    return new Plan(
        config.seed(),
        config.mode(),
        tables,
        referenced(schema, filled),
        notes,
        checkedAtCommit(order),
        config.mode() == Mode.TRUNCATE
            ? TruncateScope.alsoEmptied(schema, filled, facts)
            : List.of());
  }

  /** The constraints a cycle break defers, named as SET CONSTRAINTS wants: schema.constraint. */
  private static List<QualifiedName> checkedAtCommit(InsertOrder order) {
    List<QualifiedName> names = new ArrayList<>();
    for (Table t : order.tables()) {
      for (ForeignKey fk : t.foreignKeys()) {
        if (order.checkedAtCommit().contains(fk)) {
          names.add(new QualifiedName(t.name().schema(), fk.name()));
        }
      }
    }
    return names;
  }

  private static void refuseNonEmpty(SynthConfig config, List<Table> filled, DatabaseFacts facts) {
    if (config.mode() != Mode.FAIL_IF_NOT_EMPTY) {
      return;
    }
    List<String> nonEmpty = new ArrayList<>();
    for (Table t : filled) {
      long n = facts.rowCount(t);
      if (n > 0) {
        nonEmpty.add(t.name() + " (" + n + " rows)");
      }
    }
    if (!nonEmpty.isEmpty()) {
      throw new PlanException(
          "refusing to write into tables that already hold rows: "
              + String.join(", ", nonEmpty)
              + ". Nothing was written. Choose mode truncate (-Dsynth.mode=truncate) to replace"
              + " their rows, or append to add to them; exclude lookup tables that migrations"
              + " fill (exclude: [...] in synth.yaml) so they are referenced, not refilled.");
    }
  }

  private static long perParentExisting(
      Schema schema, ResolvedConfig resolved, ExistingKeys existing, QualifiedName child) {
    Table table = schema.table(child);
    String parentName = resolved.table(child).perParent().table();
    Table parent = schema.table(parentName).orElseThrow();
    ForeignKey fk =
        table.foreignKeys().stream()
            .filter(f -> f.target().equals(parent.name()))
            .findFirst()
            .orElseThrow();
    return existing.keys(parent, fk.targetColumns()).size();
  }

  private static List<Table> referenced(Schema schema, List<Table> filled) {
    Set<QualifiedName> names = new LinkedHashSet<>();
    Set<QualifiedName> filledNames = new LinkedHashSet<>();
    filled.forEach(t -> filledNames.add(t.name()));
    for (Table t : filled) {
      for (ForeignKey fk : t.foreignKeys()) {
        if (!filledNames.contains(fk.target())) {
          names.add(fk.target());
        }
      }
    }
    return names.stream().map(schema::table).toList();
  }

  static void check(boolean condition, String message) {
    if (!condition) {
      throw new PlanException(message);
    }
  }
}
