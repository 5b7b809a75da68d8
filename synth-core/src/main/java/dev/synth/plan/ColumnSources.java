package dev.synth.plan;

import dev.synth.ConfigException;
import dev.synth.PlanException;
import dev.synth.config.ColumnConfig;
import dev.synth.generate.Bounds;
import dev.synth.generate.GeneratorChoice;
import dev.synth.generate.Overrides;
import dev.synth.generate.ParentChooser;
import dev.synth.generate.Permutation;
import dev.synth.generate.Seeds;
import dev.synth.generate.SemanticGenerators;
import dev.synth.generate.Source;
import dev.synth.generate.TypeGenerators;
import dev.synth.generate.UniqueGenerator;
import dev.synth.generate.UniqueGenerators;
import dev.synth.generate.UniqueRules;
import dev.synth.schema.Column;
import dev.synth.schema.Condition;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import dev.synth.schema.UniqueKey;
import java.util.List;
import java.util.Map;

/**
 * Chooses the source of each column that no foreign key fills: a user rule, a unique carrier, a
 * sequence, a semantic generator recognised by name, or a plain generator for the type, within the
 * bounds of the table's checks.
 *
 * <p>Larger than most classes: the precedence between user rules, keys, checks we cannot read and
 * recognised names is one decision, and every error it raises must name the same table facts.
 */
final class ColumnSources {
  /** Unique domains up to this size are walked in a seeded order rather than from the start. */
  private static final long PERMUTED_UP_TO = 1L << 20;

  private final PlanContext context;
  private final Table table;
  private final long rows;
  private final long offset;
  private final CheckBounds checks;
  private final ProfiledColumns profiled;

  ColumnSources(PlanContext context, Table table, long rows, long offset) {
    this.context = context;
    this.table = table;
    this.rows = rows;
    this.offset = offset;
    this.checks = CheckBounds.of(table);
    this.profiled = new ProfiledColumns(context, table, checks);
    for (var check : checks.notUnderstood()) {
      context
          .notes()
          .add(
              table.name()
                  + ": check "
                  + check.name()
                  + " ("
                  + check.sql()
                  + ") is not understood; its nullable columns "
                  + check.columns()
                  + " are left NULL");
    }
  }

  boolean isInteger(String column) {
    return column(column).type().kind().isInteger();
  }

  /** Distinct values for a column: from the user's rule when there is one, else by type. */
  UniqueGenerator distinct(String name) {
    Column column = column(name);
    ColumnConfig rule = context.resolved().column(table.name(), name);
    return rule != null && producesValues(rule)
        ? uniqueRule(column, rule)
        : uniqueGenerator(column);
  }

  /** Whether a column can be unique on its own for all the rows this run needs. */
  boolean holdsAllRows(String name) {
    return sequenceable(column(name)) || distinct(name).capacity() >= offset + rows;
  }

  /** A free column that is one digit of a key enumerated together with foreign keys. */
  Source digit(String name, ParentChooser digit, Map<String, String> descriptions) {
    UniqueGenerator generator = distinct(name);
    descriptions.put(
        name, generator.describe() + ", distinct per combination with the key's other columns");
    return new Source.Generated(cell -> generator.at(digit.parent(cell.row()), cell), 0);
  }

  /** Lets the learned dependence between these free columns shape their values. */
  void correlate(java.util.Collection<String> freeColumns) {
    profiled.correlate(freeColumns);
  }

  /** The checks that compare two columns of a row. */
  List<Condition.ColumnCompare> relations() {
    return checks.relations();
  }

  /** The bounds the table's checks put on a column. */
  Bounds bounds(String column) {
    return checks.bounds(column);
  }

  /** The column of a unique key best suited to make it unique on its own. */
  String bestCarrier(List<String> candidates) {
    String best = candidates.get(0);
    long bestCapacity = -1;
    for (String c : candidates) {
      if (sequenceable(column(c))) {
        return c;
      }
      long capacity = uniqueGenerator(column(c)).capacity();
      if (capacity > bestCapacity) {
        best = c;
        bestCapacity = capacity;
      }
    }
    return best;
  }

  Source unique(String name, UniqueKey key, Map<String, String> descriptions) {
    Column column = column(name);
    long needed = offset + rows;
    ColumnConfig rule = context.resolved().column(table.name(), name);
    boolean ruled = rule != null && producesValues(rule);
    if (!ruled && checks.columnsUnderUnknownChecks().contains(name)) {
      // Unique values ignore a check they cannot read: the database would refuse them.
      return nullOr(
          column,
          column.nullable(),
          descriptions,
          "a check on it is not understood (" + checkSql(name) + ")",
          "add a column rule (values, faker or min/max) that satisfies" + " the check");
    }
    if (sequenceable(column)) {
      long base = offset == 0 ? 0 : maxExisting(column);
      long limit = KeySequences.limit(column.type().kind(), checks.bounds(name));
      Planner.check(
          base + rows <= limit,
          table.name()
              + "."
              + name
              + " ("
              + column.type()
              + ") can hold keys up to "
              + limit
              + " but "
              + (base + rows)
              + " are needed");
      descriptions.put(name, "sequence " + (base + 1) + ".." + (base + rows));
      return new Source.Sequence(base, column.type().kind() == TypeKind.BIGINT);
    }
    UniqueGenerator generator = distinct(name);
    long capacity = generator.capacity();
    Planner.check(
        needed <= capacity,
        table.name()
            + ": unique key "
            + PartialKeys.describe(key)
            + " needs "
            + needed
            + " distinct values in "
            + name
            + " ("
            + column.type()
            + checksText(name)
            + "), which can hold only "
            + capacity
            + ". Nothing was written. Request at most "
            + capacity
            + " rows for "
            + table.name().name()
            + ", or widen the column.");
    Permutation permutation = null;
    // Decided by the column alone, never by this run's row count: an append run must map the
    // indexes of the rows already there exactly as the run that wrote them did.
    if (capacity <= PERMUTED_UP_TO) {
      long key64 =
          Seeds.combine(context.config().seed(), Seeds.key(table.name().seedKey() + "#" + name));
      permutation = new Permutation(capacity, key64);
    }
    descriptions.put(name, "unique " + generator.describe());
    return new Source.Unique(generator, permutation);
  }

  /** A column that, with the per-parent foreign key, forms a key: distinct among siblings. */
  Source positionInParent(
      String name,
      UniqueKey key,
      long[] firstChild,
      int maxChildren,
      Map<String, String> descriptions) {
    ParentChooser parent = ParentChooser.contiguous(firstChild);
    Column column = column(name);
    if (column.type().kind().isInteger() && checks.bounds(name).isNone()) {
      descriptions.put(name, "1, 2, 3...");
      return new Source.Generated(
          cell -> Math.toIntExact(position(cell.row(), parent, firstChild) + 1), 0);
    }
    UniqueGenerator generator = uniqueGenerator(column);
    Planner.check(
        maxChildren <= generator.capacity(),
        table.name()
            + ": unique key "
            + PartialKeys.describe(key)
            + " allows "
            + generator.capacity()
            + " distinct values of "
            + name
            + " per parent, but perParent.max is "
            + maxChildren
            + ". Nothing was written. Lower perParent.max to "
            + generator.capacity()
            + ".");
    descriptions.put(name, "unique " + generator.describe());
    return new Source.Generated(
        cell -> generator.at(position(cell.row(), parent, firstChild), cell), 0);
  }

  private static long position(long row, ParentChooser parent, long[] firstChild) {
    return row - firstChild[(int) parent.parent(row)];
  }

  /** The source of a column no key or foreign key constrains. */
  Source free(Column column, Map<String, String> descriptions) {
    String name = column.name();
    ColumnConfig rule = context.resolved().column(table.name(), name);
    boolean nullable = column.nullable() && !checks.notNull().contains(name);
    // A rule's values are used as given: NULLs join them only when the rule asks for some.
    boolean givesValues = rule != null && producesValues(rule);
    double ruleNulls = givesValues && rule.nullFraction() == null ? 0 : -1;
    double nullFraction =
        !nullable ? 0 : ruleNulls == 0 ? 0 : context.columnNullFraction(table, name);
    if (rule != null && !nullable && rule.nullFraction() != null && rule.nullFraction() > 0) {
      throw new ConfigException(
          "tables."
              + table.name().name()
              + ".columns."
              + name
              + ".nullFraction is "
              + rule.nullFraction()
              + ", but the column is NOT NULL");
    }
    GeneratorChoice choice;
    if (rule != null && producesValues(rule)) {
      choice = override(column, rule);
    } else if (!TypeGenerators.generates(column.type())) {
      return nullOr(
          column,
          nullable,
          descriptions,
          "its type " + column.type() + " cannot be generated",
          "add a column rule (value, values or faker) in synth.yaml");
    } else if (checks.columnsUnderUnknownChecks().contains(name)) {
      return nullOr(
          column,
          nullable,
          descriptions,
          "a check on it is not understood (" + checkSql(name) + ")",
          "add a column rule (value, values, faker or min/max) that" + " satisfies the check");
    } else {
      choice = profiled.choice(column).orElseGet(() -> generated(column));
    }
    descriptions.put(
        name,
        choice.description()
            + (nullFraction > 0 ? ", NULL " + TablePlanner.percent(nullFraction) : ""));
    return new Source.Generated(choice.generator(), nullFraction);
  }

  private GeneratorChoice generated(Column column) {
    Bounds bounds = checks.bounds(column.name());
    try {
      return SemanticGenerators.match(table, column, bounds)
          .orElseGet(() -> TypeGenerators.forType(column, bounds));
    } catch (IllegalArgumentException e) {
      throw new PlanException(
          table.name()
              + "."
              + column.name()
              + ": "
              + e.getMessage()
              + ". Nothing was written. Fix the check, or add a column rule in synth.yaml.");
    }
  }

  private GeneratorChoice override(Column column, ColumnConfig rule) {
    try {
      return Overrides.forConfig(column, rule);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "tables." + table.name().name() + ".columns." + column.name() + ": " + e.getMessage());
    }
  }

  private Source nullOr(
      Column column, boolean nullable, Map<String, String> descriptions, String why, String fix) {
    if (nullable) {
      descriptions.put(column.name(), "NULL: " + why);
      return new Source.Null();
    }
    throw new PlanException(
        table.name()
            + "."
            + column.name()
            + " is NOT NULL but "
            + why
            + ". Nothing was written. Fix: "
            + fix
            + ", e.g. tables."
            + table.name().name()
            + ".columns."
            + column.name()
            + ": { value: ... }");
  }

  private static boolean producesValues(ColumnConfig rule) {
    return rule.value() != null
        || !rule.values().isEmpty()
        || rule.faker() != null
        || rule.min() != null
        || rule.max() != null;
  }

  private UniqueGenerator uniqueRule(Column column, ColumnConfig rule) {
    try {
      return UniqueRules.forRule(table, column, rule, checks.bounds(column.name()));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "tables." + table.name().name() + ".columns." + column.name() + ": " + e.getMessage());
    }
  }

  private UniqueGenerator uniqueGenerator(Column column) {
    UniqueGenerator shaped = profiled.uniqueShape(column, offset + rows);
    if (shaped != null) {
      return shaped;
    }
    try {
      Bounds bounds = checks.bounds(column.name());
      UniqueGenerator generic = UniqueGenerators.forColumn(table, column, bounds);
      int length = column.type().length();
      if (generic.describe().startsWith("code ") && (length == 0 || length >= 12)) {
        // A unique name or title reads better as words with a number than as a bare code.
        var words = SemanticGenerators.match(table, column, bounds);
        if (words.isPresent()) {
          return UniqueRules.numbered(column, words.get());
        }
      }
      return generic;
    } catch (IllegalArgumentException e) {
      throw new PlanException(table.name() + "." + column.name() + ": " + e.getMessage());
    }
  }

  private boolean sequenceable(Column column) {
    TypeKind kind = column.type().kind();
    boolean key =
        table.primaryKey() != null && table.primaryKey().columns().equals(List.of(column.name()));
    return kind.isInteger()
        && (key || column.identity())
        && KeySequences.admits(checks.bounds(column.name()))
        && context.resolved().column(table.name(), column.name()) == null;
  }

  private long maxExisting(Column column) {
    Object max = context.facts().max(table, column.name());
    return max instanceof Number n ? Math.max(0, n.longValue()) : 0;
  }

  private String checksText(String column) {
    Bounds b = checks.bounds(column);
    return b.isNone() ? "" : " within its checks";
  }

  private String checkSql(String column) {
    return checks.notUnderstood().stream()
        .filter(c -> c.columns().contains(column))
        .map(c -> c.sql())
        .findFirst()
        .orElse("?");
  }

  private Column column(String name) {
    return table.column(name).orElseThrow();
  }
}
