package dev.synth.plan;

import dev.synth.generate.ParentChooser;
import dev.synth.generate.Reference;
import dev.synth.schema.Condition;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import java.util.List;
import java.util.Map;

/** Keeps two references apart when a check says their values must differ. */
final class ApartReferences {
  private ApartReferences() {}

  /**
   * {@code CHECK (from_id <> to_id)} over two references to the same parent key: the second
   * reference moves to the next parent whenever it would pick the first one's.
   */
  static void apply(
      Table table,
      List<Reference> refs,
      List<Condition.ColumnCompare> relations,
      Map<String, ForeignKey> fkOfColumn,
      Map<String, String> descriptions) {
    for (Condition.ColumnCompare rel : relations) {
      if (rel.op() != Condition.Op.NE) {
        continue;
      }
      ForeignKey a = fkOfColumn.get(rel.left());
      ForeignKey b = fkOfColumn.get(rel.right());
      if (a == null
          || b == null
          || a == b
          || a.columns().size() != 1
          || b.columns().size() != 1
          || !a.target().equals(b.target())
          || !a.targetColumns().equals(b.targetColumns())) {
        continue;
      }
      int ia = indexOf(refs, a);
      int ib = indexOf(refs, b);
      if (ia < 0 || ib < 0) {
        continue;
      }
      Reference first = refs.get(ia);
      Reference second = refs.get(ib);
      long parents = second.parent().size();
      Planner.check(
          parents >= 2,
          table.name()
              + ": check "
              + rel.left()
              + " <> "
              + rel.right()
              + " needs two different "
              + a.target()
              + " rows, but it has "
              + parents
              + ". Nothing was written. Give "
              + a.target().name()
              + " at least 2 rows.");
      ParentChooser original = second.chooser();
      ParentChooser other = first.chooser();
      ParentChooser apart =
          row -> {
            long p = original.parent(row);
            return p >= 0 && p == other.parent(row) ? (p + 1) % parents : p;
          };
      refs.set(
          ib,
          new Reference(
              second.name(), second.columns(), second.parent(), apart, second.nullFraction()));
      descriptions.put(
          rel.right(), descriptions.get(rel.right()) + ", never equal to " + rel.left());
    }
  }

  private static int indexOf(List<Reference> refs, ForeignKey fk) {
    for (int i = 0; i < refs.size(); i++) {
      if (refs.get(i).name().equals(fk.name())) {
        return i;
      }
    }
    return -1;
  }
}
