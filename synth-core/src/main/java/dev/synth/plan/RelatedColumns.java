package dev.synth.plan;

import dev.synth.generate.Relations;
import dev.synth.generate.Source;
import dev.synth.generate.TypeLimits;
import dev.synth.schema.Condition;
import dev.synth.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Honours checks that compare two columns of a row ({@code shipped_at >= ordered_at}): one
 * generated column of each pair is computed from the other.
 */
final class RelatedColumns {
  private RelatedColumns() {}

  static void apply(
      Table table,
      ColumnSources columns,
      List<String> notes,
      Map<String, Source> sources,
      Map<String, String> descriptions,
      Set<String> fkColumns) {
    for (Condition.ColumnCompare rel : columns.relations()) {
      if (rel.op() == Condition.Op.NE
          && fkColumns.contains(rel.left())
          && fkColumns.contains(rel.right())) {
        continue; // two references that must differ: their parents are chosen apart
      }
      String dependent = rel.left();
      String other = rel.right();
      Condition.Op op = rel.op();
      if (!(sources.get(dependent) instanceof Source.Generated)) {
        dependent = rel.right();
        other = rel.left();
        op = op.flipped();
      }
      if (sources.get(dependent) instanceof Source.Generated g) {
        sources.put(
            dependent,
            new Source.Generated(
                Relations.constrain(
                    g.generator(),
                    op,
                    other,
                    TypeLimits.within(
                        columns.bounds(dependent), table.column(dependent).orElseThrow().type())),
                g.nullFraction()));
        descriptions.put(dependent, descriptions.get(dependent) + ", " + op + " " + other);
      } else {
        notes.add(
            table.name()
                + ": cannot enforce "
                + rel.left()
                + " "
                + rel.op()
                + " "
                + rel.right()
                + " because both columns are keys");
      }
    }
  }
}
