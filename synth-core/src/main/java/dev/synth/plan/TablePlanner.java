package dev.synth.plan;

import dev.synth.PlanException;
import dev.synth.config.Mode;
import dev.synth.config.PerParent;
import dev.synth.generate.ParentChooser;
import dev.synth.generate.ParentKeys;
import dev.synth.generate.Permutation;
import dev.synth.generate.Reference;
import dev.synth.generate.Seeds;
import dev.synth.generate.Source;
import dev.synth.generate.TableGenerator;
import dev.synth.schema.Column;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import dev.synth.schema.UniqueKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans one table: which foreign keys fill which columns and how parents are chosen, which columns
 * carry each unique key, and (through {@link ColumnSources}) the source of every other column.
 *
 * <p>It is larger than most classes because foreign keys and unique keys decide each other: a key
 * made of foreign keys fixes how their parents are chosen, a per-parent sizing fixes how a sibling
 * column is numbered. Keeping those decisions in one place keeps them consistent.
 */
final class TablePlanner {
  private final PlanContext context;
  private final Table table;
  private final long rows;
  private final long offset;
  private final long seed;
  private final Map<String, ForeignKey> fkOfColumn = new LinkedHashMap<>();
  private final List<ForeignKey> references = new ArrayList<>();
  private final Map<ForeignKey, ParentChooser> choosers = new LinkedHashMap<>();
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, String> descriptions = new LinkedHashMap<>();
  private final Set<String> carriers = new HashSet<>();
  private final LearnedReferences learned;

  TablePlanner(PlanContext context, Table table) {
    this.context = context;
    this.table = table;
    this.rows = context.counts().rows(table.name());
    this.offset = context.config().mode() == Mode.APPEND ? context.facts().rowCount(table) : 0;
    this.seed = context.config().seed();
    this.learned = new LearnedReferences(context, table, rows);
  }

  TablePlan plan() {
    chooseReferences();
    ColumnSources columns = new ColumnSources(context, table, rows, offset);
    planUniqueKeys(columns);
    List<Reference> refs = new ArrayList<>();
    for (ForeignKey fk : references) {
      Reference ref = reference(fk);
      if (ref != null) {
        refs.add(ref);
      } else {
        fk.columns().forEach(c -> fkOfColumn.remove(c));
      }
    }
    columns.correlate(
        table.columns().stream()
            .filter(c -> !c.computed())
            .map(Column::name)
            .filter(c -> !fkOfColumn.containsKey(c) && !sources.containsKey(c))
            .toList());
    for (Column column : table.columns()) {
      String name = column.name();
      if (column.computed()) {
        descriptions.put(name, "computed by the database");
        continue;
      }
      if (!fkOfColumn.containsKey(name) && !sources.containsKey(name)) {
        sources.put(name, columns.free(column, descriptions));
      }
    }
    ApartReferences.apply(table, refs, columns.relations(), fkOfColumn, descriptions);
    RelatedColumns.apply(
        table, columns, context.notes(), sources, descriptions, fkOfColumn.keySet());
    List<ForeignKey> deferred = references.stream().filter(context.deferred()::contains).toList();
    Set<String> deferredNames = deferred.stream().map(ForeignKey::name).collect(Collectors.toSet());
    TableGenerator generator =
        new TableGenerator(
            table.name().seedKey(),
            seed,
            offset,
            rows,
            table.writableColumnNames(),
            sources,
            refs,
            deferredNames);
    return new TablePlan(table, rows, generator, deferred, rowKey(deferred), ordered());
  }

  /** Widest foreign keys first; a key sharing columns with a wider one follows it implicitly. */
  private void chooseReferences() {
    List<ForeignKey> fks = new ArrayList<>(table.foreignKeys());
    fks.sort(Comparator.comparingInt((ForeignKey fk) -> -fk.columns().size()));
    for (ForeignKey fk : fks) {
      if (overridden(fk)) {
        context
            .notes()
            .add(
                table.name()
                    + ""
                    + fk.columns()
                    + ": values come from the column rules in"
                    + " the configuration, not from "
                    + fk.target()
                    + "; they must match its keys");
        continue;
      }
      if (fk.columns().stream().anyMatch(fkOfColumn::containsKey)) {
        continue;
      }
      fk.columns().forEach(c -> fkOfColumn.put(c, fk));
      references.add(fk);
    }
  }

  private boolean overridden(ForeignKey fk) {
    return fk.columns().stream()
        .map(c -> context.resolved().column(table.name(), c))
        .anyMatch(
            cc ->
                cc != null && (cc.value() != null || !cc.values().isEmpty() || cc.faker() != null));
  }

  private void planUniqueKeys(ColumnSources columns) {
    for (UniqueKey key : table.allUniqueKeys()) {
      if (key.columns().stream().anyMatch(carriers::contains)) {
        continue;
      }
      List<String> free = key.columns().stream().filter(c -> !fkOfColumn.containsKey(c)).toList();
      if (!free.isEmpty()) {
        carry(key, free, columns);
      } else {
        enumerate(key, columns);
      }
    }
  }

  private void carry(UniqueKey key, List<String> free, ColumnSources columns) {
    ForeignKey byParent = perParentReference();
    // Appending under a parent filled in this run is safe too: its new rows have no children yet.
    if (byParent != null
        && free.size() == 1
        && (offset == 0 || context.resolved().filled().contains(byParent.target()))
        && key.columns().containsAll(byParent.columns())
        && key.columns().size() == byParent.columns().size() + 1) {
      // (order_id, line_no): number the children of each parent 1, 2, 3... and derive the
      // column's value from that position, so it is distinct among siblings only.
      String column = free.get(0);
      PerParent pp = context.resolved().table(table.name()).perParent();
      sources.put(
          column, columns.positionInParent(column, key, firstChild(), pp.max(), descriptions));
      descriptions.put(
          column, descriptions.get(column) + ", distinct per " + byParent.target().name());
      carriers.add(column);
      return;
    }
    String carrier = columns.bestCarrier(free);
    if (free.size() < key.columns().size() && !columns.holdsAllRows(carrier)) {
      // (product_id, currency): no column holds every row alone, but combined with the
      // foreign keys the key has room: enumerate the combinations.
      enumerate(key, columns);
      return;
    }
    sources.put(carrier, columns.unique(carrier, key, descriptions));
    carriers.add(carrier);
  }

  /**
   * Fills a key as distinct combinations: each foreign key of the key picks a parent and each other
   * column a value, all digits of one permuted row index in mixed radix.
   */
  private void enumerate(UniqueKey key, ColumnSources columns) {
    List<ForeignKey> group = new ArrayList<>();
    List<String> free = new ArrayList<>();
    for (String c : key.columns()) {
      ForeignKey fk = fkOfColumn.get(c);
      if (fk == null) {
        free.add(c);
      } else if (!group.contains(fk)) {
        group.add(fk);
      }
    }
    Set<String> groupColumns = new HashSet<>(free);
    group.forEach(fk -> groupColumns.addAll(fk.columns()));
    boolean unused = group.stream().noneMatch(choosers::containsKey);
    Planner.check(
        unused && groupColumns.equals(new HashSet<>(key.columns())),
        "cannot guarantee unique key "
            + key.name()
            + " "
            + key.columns()
            + " of "
            + table.name()
            + ": its columns are filled by foreign keys already used for another unique key");
    long[] sizes = new long[group.size() + free.size()];
    List<String> parts = new ArrayList<>();
    long product = 1;
    for (int i = 0; i < sizes.length; i++) {
      boolean parent = i < group.size();
      sizes[i] =
          parent
              ? parentSize(group.get(i))
              : columns.distinct(free.get(i - group.size())).capacity();
      parts.add(
          sizes[i]
              + (parent
                  ? " " + group.get(i).target().name() + " rows"
                  : " values of " + free.get(i - group.size())));
      product = Math.multiplyHigh(product, sizes[i]) != 0 ? Long.MAX_VALUE : product * sizes[i];
    }
    Planner.check(
        offset + rows <= product,
        table.name()
            + ": unique key "
            + PartialKeys.describe(key)
            + " combines "
            + String.join(" x ", parts)
            + " = "
            + product
            + " distinct values, but "
            + rows
            + " rows were requested"
            + (offset > 0 ? " after " + offset + " existing ones" : "")
            + ". Nothing was written. Request at most "
            + product
            + " rows for "
            + table.name().name()
            + " or more rows in its parent tables.");
    long key64 = Seeds.combine(seed, Seeds.key(table.name().seedKey() + "#" + key.name()));
    Permutation perm = new Permutation(Math.max(1, product), key64);
    // Appended rows continue the enumeration after the rows an earlier run wrote.
    long shift = offset;
    for (int i = 0; i < group.size(); i++) {
      ParentChooser combination = ParentChooser.combination(perm, sizes, i);
      choosers.put(group.get(i), row -> combination.parent(row + shift));
    }
    for (int i = 0; i < free.size(); i++) {
      ParentChooser combination = ParentChooser.combination(perm, sizes, group.size() + i);
      ParentChooser digit = row -> combination.parent(row + shift);
      sources.put(free.get(i), columns.digit(free.get(i), digit, descriptions));
    }
    carriers.addAll(key.columns());
  }

  private Reference reference(ForeignKey fk) {
    long parents = parentSize(fk);
    boolean nullable = InsertOrder.nullable(table, fk);
    if (parents == 0) {
      Planner.check(
          nullable,
          table.name()
              + ""
              + fk.columns()
              + " must reference a row of "
              + fk.target()
              + ", which is empty and not filled. Nothing was written. "
              + fillTargetHint(fk.target()));
      fk.columns()
          .forEach(
              c -> {
                sources.put(c, new Source.Null());
                descriptions.put(c, "NULL: " + fk.target() + " has no rows");
              });
      return null;
    }
    ParentChooser chooser = choosers.get(fk);
    double nullFraction = 0;
    String how;
    long key = Seeds.combine(seed, Seeds.key(table.name().seedKey() + "#" + fk.name()));
    LearnedReferences.Choice learned =
        chooser != null ? null : this.learned.choose(fk, parents, nullable, key).orElse(null);
    if (chooser != null) {
      how = "distinct combination";
    } else if (learned != null) {
      chooser = learned.chooser();
      how = learned.how();
    } else if (fk.target().equals(table.name())) {
      chooser = ParentChooser.earlierRow(key, nullable, 0.1);
      how = nullable ? "an earlier row (tree; roots NULL)" : "an earlier row";
    } else if (fk.equals(perParentReference())) {
      chooser = ParentChooser.contiguous(firstChild());
      PerParent pp = context.resolved().table(table.name()).perParent();
      how = pp.min() + ".." + pp.max() + " per parent";
    } else {
      chooser = ParentChooser.uniform(parents, key);
      nullFraction = nullable ? context.columnNullFraction(table, fk.columns().get(0)) : 0;
      how = "any row" + (nullFraction > 0 ? ", NULL " + percent(nullFraction) : "");
    }
    for (int i = 0; i < fk.columns().size(); i++) {
      descriptions.put(
          fk.columns().get(i),
          "-> " + fk.target() + "." + fk.targetColumns().get(i) + " (" + how + ")");
    }
    return new Reference(fk.name(), fk.columns(), parentKeys(fk, parents), chooser, nullFraction);
  }

  private String fillTargetHint(QualifiedName target) {
    if (context.schema().isOutside(target)) {
      return "Its schema "
          + target.schema()
          + " is not filled: select it too (synth.schema or schema: \""
          + table.name().schema()
          + ", "
          + target.schema()
          + "\" in synth.yaml), or load its rows first.";
    }
    return "Fill "
        + target
        + " too (remove it from exclude, or give it rows), or load its rows first.";
  }

  static String percent(double fraction) {
    return Math.round(fraction * 100) + "%";
  }

  private ParentKeys parentKeys(ForeignKey fk, long parents) {
    if (context.resolved().filled().contains(fk.target())) {
      var generators = context.generators();
      var target = fk.target();
      return ParentKeys.generated(parents, () -> generators.get(target), fk.targetColumns());
    }
    return ParentKeys.existing(context.existing().keys(parentTable(fk), fk.targetColumns()));
  }

  private long parentSize(ForeignKey fk) {
    if (fk.target().equals(table.name())) {
      return rows;
    }
    if (context.resolved().filled().contains(fk.target())) {
      return context.counts().rows(fk.target());
    }
    return context.existing().keys(parentTable(fk), fk.targetColumns()).size();
  }

  private Table parentTable(ForeignKey fk) {
    return context.schema().table(fk.target());
  }

  private ForeignKey perParentReference() {
    PerParent pp = context.resolved().table(table.name()).perParent();
    if (pp == null) {
      return null;
    }
    return references.stream()
        .filter(
            fk ->
                fk.target().matches(pp.table()) || fk.target().name().equalsIgnoreCase(pp.table()))
        .findFirst()
        .orElse(null);
  }

  private long[] firstChild() {
    return context.counts().firstChild(table.name());
  }

  private List<String> rowKey(List<ForeignKey> deferred) {
    if (deferred.isEmpty()) {
      return List.of();
    }
    Set<String> moving = new HashSet<>();
    deferred.forEach(fk -> moving.addAll(fk.columns()));
    for (UniqueKey key : table.allUniqueKeys()) {
      if (key.columns().stream().noneMatch(moving::contains)) {
        return key.columns();
      }
    }
    throw new PlanException(
        table.name()
            + " is part of a foreign key cycle broken on "
            + deferred.get(0).columns()
            + ", which needs an UPDATE after inserting, but the table has no primary or unique key"
            + " to find its rows by. Add a primary key, or exclude the table.");
  }

  private Map<String, String> ordered() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String c : table.columnNames()) {
      out.put(c, descriptions.getOrDefault(c, "?"));
    }
    return out;
  }
}
