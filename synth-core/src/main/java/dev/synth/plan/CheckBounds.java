package dev.synth.plan;

import dev.synth.generate.Bounds;
import dev.synth.schema.Check;
import dev.synth.schema.Condition;
import dev.synth.schema.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a table's CHECK constraints into per-column bounds, relations between columns, and the
 * checks it could not understand.
 *
 * <pre>{@code
 * CheckBounds checks = CheckBounds.of(table);
 * checks.bounds("QTY");     // min 0 exclusive
 * checks.relations();       // END_DATE > START_DATE
 * checks.notUnderstood();   // [MOD(QTY, 2) = 0]
 * }</pre>
 */
final class CheckBounds {
  private final Map<String, Bounds> bounds = new HashMap<>();
  private final List<Condition.ColumnCompare> relations = new ArrayList<>();
  private final Set<String> notNull = new LinkedHashSet<>();
  private final List<Check> notUnderstood = new ArrayList<>();
  private final Set<String> columnsUnderUnknownChecks = new LinkedHashSet<>();

  private CheckBounds() {}

  static CheckBounds of(Table table) {
    CheckBounds result = new CheckBounds();
    for (Check check : table.checks()) {
      Condition usable = result.usable(check.condition());
      if (usable == null) {
        result.notUnderstood.add(check);
        result.columnsUnderUnknownChecks.addAll(check.columns());
      } else {
        result.apply(usable);
      }
    }
    result.relations.forEach(result::propagate);
    return result;
  }

  /**
   * Carries bounds across {@code a > b}: {@code b} stays below {@code a}'s maximum and {@code a}
   * above {@code b}'s minimum, so both can be drawn inside their own bounds.
   */
  private void propagate(Condition.ColumnCompare rel) {
    boolean leftGreater = rel.op() == Condition.Op.GT || rel.op() == Condition.Op.GE;
    if (!leftGreater && rel.op() != Condition.Op.LT && rel.op() != Condition.Op.LE) {
      return;
    }
    boolean strict = rel.op() == Condition.Op.GT || rel.op() == Condition.Op.LT;
    String greater = leftGreater ? rel.left() : rel.right();
    String smaller = leftGreater ? rel.right() : rel.left();
    Bounds g = bounds(greater);
    Bounds s = bounds(smaller);
    if (g.max() != null) {
      compare(smaller, strict || !g.maxInclusive() ? Condition.Op.LT : Condition.Op.LE, g.max());
    }
    if (s.min() != null) {
      compare(greater, strict || !s.minInclusive() ? Condition.Op.GT : Condition.Op.GE, s.min());
    }
  }

  Bounds bounds(String column) {
    return bounds.getOrDefault(column, Bounds.NONE);
  }

  List<Condition.ColumnCompare> relations() {
    return relations;
  }

  /** Columns a check requires to be NOT NULL although the column itself allows NULL. */
  Set<String> notNull() {
    return notNull;
  }

  List<Check> notUnderstood() {
    return notUnderstood;
  }

  Set<String> columnsUnderUnknownChecks() {
    return columnsUnderUnknownChecks;
  }

  /**
   * The part of a condition the generator will satisfy, or {@code null} if none: an OR keeps its
   * first branch that is understood (satisfying one branch satisfies the OR), except that an OR
   * over a single column keeps all its branches as allowed values or ranges when they are simple.
   */
  private Condition usable(Condition c) {
    if (c instanceof Condition.Unsupported) {
      return null;
    }
    if (c instanceof Condition.And and) {
      List<Condition> parts = new ArrayList<>();
      for (Condition part : and.parts()) {
        Condition u = usable(part);
        if (u == null) {
          return null;
        }
        parts.add(u);
      }
      return new Condition.And(parts);
    }
    if (c instanceof Condition.Or or) {
      Condition merged = inLists(or);
      if (merged != null) {
        return merged;
      }
      for (Condition part : or.parts()) {
        Condition u = usable(part);
        if (u != null) {
          return u;
        }
      }
      return null;
    }
    return c;
  }

  /** {@code a = 1 OR a = 2 OR a IN (3, 4)} is the IN list {@code (1, 2, 3, 4)}. */
  private static Condition inLists(Condition.Or or) {
    String column = null;
    List<Object> values = new ArrayList<>();
    for (Condition part : or.parts()) {
      String partColumn;
      if (part instanceof Condition.Compare cmp && cmp.op() == Condition.Op.EQ) {
        partColumn = cmp.column();
        values.add(cmp.value());
      } else if (part instanceof Condition.InList in) {
        partColumn = in.column();
        values.addAll(in.values());
      } else {
        return null;
      }
      if (column != null && !column.equals(partColumn)) {
        return null;
      }
      column = partColumn;
    }
    return column == null ? null : new Condition.InList(column, values);
  }

  private void apply(Condition c) {
    if (c instanceof Condition.And and) {
      and.parts().forEach(this::apply);
    } else if (c instanceof Condition.Compare cmp) {
      compare(cmp.column(), cmp.op(), cmp.value());
    } else if (c instanceof Condition.Between b) {
      compare(b.column(), Condition.Op.GE, b.low());
      compare(b.column(), Condition.Op.LE, b.high());
    } else if (c instanceof Condition.InList in) {
      Bounds current = bounds(in.column());
      List<Object> allowed = new ArrayList<>(in.values());
      if (!current.allowed().isEmpty()) {
        allowed.retainAll(current.allowed());
      }
      bounds.put(in.column(), current.withAllowed(allowed));
    } else if (c instanceof Condition.LengthCompare len) {
      length(len.column(), len.op(), len.length());
    } else if (c instanceof Condition.NotNull nn) {
      notNull.add(nn.column());
    } else if (c instanceof Condition.ColumnCompare rel) {
      relations.add(rel);
    }
  }

  private void compare(String column, Condition.Op op, Object value) {
    Bounds b = bounds(column);
    switch (op) {
      case GT, GE -> {
        // Of two bounds on the same value the strict one wins: n >= 5 AND n > 5 means n > 5.
        if (b.min() == null
            || greater(value, b.min())
            || (op == Condition.Op.GT && same(value, b.min()))) {
          b = b.withMin(value, op == Condition.Op.GE);
        }
      }
      case LT, LE -> {
        if (b.max() == null
            || greater(b.max(), value)
            || (op == Condition.Op.LT && same(value, b.max()))) {
          b = b.withMax(value, op == Condition.Op.LE);
        }
      }
      case EQ -> b = b.withAllowed(List.of(value));
      case NE -> {
        List<Object> excluded = new ArrayList<>(b.excluded());
        excluded.add(value);
        b = b.withExcluded(excluded);
      }
    }
    bounds.put(column, b);
  }

  private void length(String column, Condition.Op op, int length) {
    Bounds b = bounds(column);
    int min = b.minLength();
    int max = b.maxLength();
    switch (op) {
      case EQ -> {
        min = length;
        max = length;
      }
      case GT -> min = Math.max(min, length + 1);
      case GE -> min = Math.max(min, length);
      case LT -> max = max == 0 ? length - 1 : Math.min(max, length - 1);
      case LE -> max = max == 0 ? length : Math.min(max, length);
      case NE -> {
        return;
      }
    }
    bounds.put(column, b.withLength(Math.max(0, min), Math.max(0, max)));
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return a.equals(b);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean greater(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) > 0;
    }
    if (a instanceof Comparable x && a.getClass() == b.getClass()) {
      return x.compareTo(b) > 0;
    }
    return false;
  }
}
