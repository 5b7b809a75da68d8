package dev.synth.introspect;

import dev.synth.schema.Condition;
import dev.synth.schema.Condition.Op;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.impl.QOM;

/**
 * Walks jOOQ's query object model of a parsed check and builds the {@link Condition} the engine
 * understands; each part it does not understand becomes {@link Condition.Unsupported} with that
 * part rendered back to SQL.
 *
 * <pre>{@code
 * Condition c = new ConditionMapper(new Operands(names), DSL.using(SQLDialect.H2))
 *     .condition(DSL.using(SQLDialect.H2).parser().parseCondition("0 < qty"));
 * // Compare[column=QTY, op=>, value=0]
 * }</pre>
 */
final class ConditionMapper {
  private final Operands ops;
  private final DSLContext renderer;

  ConditionMapper(Operands ops, DSLContext renderer) {
    this.ops = ops;
    this.renderer = renderer;
  }

  Condition condition(org.jooq.Condition c) {
    if (c instanceof QOM.And and) {
      return new Condition.And(flatten(and.$arg1(), and.$arg2(), QOM.And.class));
    }
    if (c instanceof QOM.Or or) {
      return new Condition.Or(flatten(or.$arg1(), or.$arg2(), QOM.Or.class));
    }
    if (c instanceof QOM.True) {
      return new Condition.And(List.of());
    }
    return leaf(c);
  }

  private Condition leaf(org.jooq.Condition c) {
    Optional<Condition> understood = Optional.empty();
    if (c instanceof QOM.CompareCondition<?, ?> cmp) {
      understood = op(cmp).flatMap(op -> compare(op, cmp.$arg1(), cmp.$arg2()));
    } else if (c instanceof QOM.Between<?> between) {
      understood = between(between);
    } else if (c instanceof QOM.InList<?> in) {
      understood = inList(in.$field(), in.$list());
    } else if (c instanceof QOM.EqQuantified<?> any) {
      understood = anyOfArray(any);
    } else if (c instanceof QOM.IsNotNull notNull) {
      understood = ops.column(notNull.$field()).map(Condition.NotNull::new);
    }
    return understood.orElseGet(() -> new Condition.Unsupported(renderer.renderInlined(c)));
  }

  private List<Condition> flatten(
      org.jooq.Condition left, org.jooq.Condition right, Class<?> sameKind) {
    List<Condition> parts = new ArrayList<>();
    for (org.jooq.Condition side : List.of(left, right)) {
      Condition part = condition(side);
      boolean nested = sameKind.isInstance(side);
      if (nested && part instanceof Condition.And and) {
        parts.addAll(and.parts());
      } else if (nested && part instanceof Condition.Or or) {
        parts.addAll(or.parts());
      } else {
        parts.add(part);
      }
    }
    return parts;
  }

  private Optional<Condition> compare(Op op, Field<?> left, Field<?> right) {
    Optional<String> column = ops.column(left);
    Optional<String> otherColumn = ops.column(right);
    if (column.isPresent() && otherColumn.isPresent()) {
      return Optional.of(new Condition.ColumnCompare(column.get(), op, otherColumn.get()));
    }
    if (column.isPresent()) {
      return ops.literal(right).map(v -> new Condition.Compare(column.get(), op, v));
    }
    if (otherColumn.isPresent()) {
      return ops.literal(left).map(v -> new Condition.Compare(otherColumn.get(), op.flipped(), v));
    }
    return lengthCompare(op, left, right).or(() -> lengthCompare(op.flipped(), right, left));
  }

  private Optional<Condition> lengthCompare(Op op, Field<?> length, Field<?> bound) {
    return ops.lengthOf(length)
        .flatMap(col -> ops.integer(bound).map(n -> new Condition.LengthCompare(col, op, n)));
  }

  private Optional<Condition> between(QOM.Between<?> between) {
    Field<?> subject = between.$arg1();
    Optional<Object> low = ops.literal(between.$arg2());
    Optional<Object> high = ops.literal(between.$arg3());
    if (low.isEmpty() || high.isEmpty()) {
      return Optional.empty();
    }
    if (between.$symmetric()) {
      return symmetricBetween(subject, low.get(), high.get());
    }
    Optional<Condition> plain =
        ops.column(subject).map(col -> new Condition.Between(col, low.get(), high.get()));
    return plain.or(() -> lengthBetween(subject, between.$arg2(), between.$arg3()));
  }

  // SYMMETRIC only says the bounds may come in either order; for numbers we can sort them.
  private Optional<Condition> symmetricBetween(Field<?> subject, Object low, Object high) {
    if (!(low instanceof BigDecimal a) || !(high instanceof BigDecimal b)) {
      return Optional.empty();
    }
    return ops.column(subject).map(col -> new Condition.Between(col, a.min(b), a.max(b)));
  }

  private Optional<Condition> lengthBetween(Field<?> subject, Field<?> low, Field<?> high) {
    Optional<Condition> atLeast = lengthCompare(Op.GE, subject, low);
    Optional<Condition> atMost = lengthCompare(Op.LE, subject, high);
    if (atLeast.isEmpty() || atMost.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Condition.And(List.of(atLeast.get(), atMost.get())));
  }

  private Optional<Condition> inList(Field<?> subject, List<? extends Field<?>> items) {
    Optional<String> column = ops.column(subject);
    List<Object> values = new ArrayList<>();
    for (Field<?> item : items) {
      Optional<Object> value = ops.literal(item);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      values.add(value.get());
    }
    return column.map(col -> new Condition.InList(col, values));
  }

  /** PostgreSQL reports {@code x IN ('a', 'b')} as {@code x = ANY (ARRAY['a', 'b'])}. */
  private Optional<Condition> anyOfArray(QOM.EqQuantified<?> any) {
    if (any.$arg2() instanceof QOM.QuantifiedArray<?> quantified
        && quantified.$quantifier() == QOM.Quantifier.ANY
        && quantified.$array() instanceof QOM.Array<?> array) {
      List<? extends Field<?>> elements = array.$elements();
      // jOOQ's parser wraps the literal ARRAY[...] in one more array.
      while (elements.size() == 1 && elements.get(0) instanceof QOM.Array<?> inner) {
        elements = inner.$elements();
      }
      return inList(any.$arg1(), elements);
    }
    return Optional.empty();
  }

  private static Optional<Op> op(QueryPart cmp) {
    if (cmp instanceof QOM.Eq<?>) {
      return Optional.of(Op.EQ);
    }
    if (cmp instanceof QOM.Ne<?>) {
      return Optional.of(Op.NE);
    }
    if (cmp instanceof QOM.Lt<?>) {
      return Optional.of(Op.LT);
    }
    if (cmp instanceof QOM.Le<?>) {
      return Optional.of(Op.LE);
    }
    if (cmp instanceof QOM.Gt<?>) {
      return Optional.of(Op.GT);
    }
    return cmp instanceof QOM.Ge<?> ? Optional.of(Op.GE) : Optional.empty();
  }
}
