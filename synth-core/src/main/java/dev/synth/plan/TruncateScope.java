package dev.synth.plan;

import dev.synth.PlanException;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides, before anything is written, what truncate mode may empty: the filled tables, plus the
 * empty tables that are not filled but reference them (emptying those loses nothing). A table that
 * is not filled, holds rows and references a filled table stops the run: emptying its parent would
 * orphan or delete its rows.
 *
 * <pre>{@code
 * List<Table> extra = TruncateScope.alsoEmptied(schema, filled, facts);
 * }</pre>
 */
final class TruncateScope {
  private TruncateScope() {}

  static List<Table> alsoEmptied(Schema schema, List<Table> filled, DatabaseFacts facts) {
    Set<QualifiedName> filledNames = filled.stream().map(Table::name).collect(Collectors.toSet());
    List<Table> empty = new ArrayList<>();
    List<String> blocking = new ArrayList<>();
    for (Table t : schema.tables()) {
      if (filledNames.contains(t.name())) {
        continue;
      }
      List<ForeignKey> into =
          t.foreignKeys().stream().filter(fk -> filledNames.contains(fk.target())).toList();
      if (into.isEmpty()) {
        continue;
      }
      long rows = facts.rowCount(t);
      if (rows == 0) {
        empty.add(t);
      } else {
        into.forEach(
            fk ->
                blocking.add(
                    t.name() + "" + fk.columns() + " -> " + fk.target() + " (" + rows + " rows)"));
      }
    }
    if (!blocking.isEmpty()) {
      throw new PlanException(
          "mode truncate would empty tables that tables which are not filled still reference: "
              + String.join(", ", blocking)
              + ". Nothing was written. Fill those tables too (remove them from exclude, or"
              + " include them) so they are emptied and refilled, empty them yourself first, or"
              + " use mode append to keep every existing row.");
    }
    return empty;
  }
}
