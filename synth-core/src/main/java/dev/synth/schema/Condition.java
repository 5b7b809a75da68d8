package dev.synth.schema;

import java.util.List;
import java.util.Objects;

/**
 * What a CHECK constraint says, in the forms the engine can turn into bounds. Literal values are
 * {@link java.math.BigDecimal} for numbers, {@link String} for text, {@link Boolean}, or {@link
 * java.time.LocalDate} / {@link java.time.LocalDateTime} / {@link java.time.LocalTime} for typed
 * temporal literals.
 *
 * <pre>{@code
 * Condition c = new Condition.And(List.of(
 *     new Condition.Compare("QTY", Condition.Op.GE, BigDecimal.ONE),
 *     new Condition.ColumnCompare("END_DATE", Condition.Op.GT, "START_DATE")));
 * }</pre>
 */
public sealed interface Condition {

  /** A comparison operator, read as {@code left OP right}. */
  enum Op {
    EQ("="),
    NE("<>"),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String sql;

    Op(String sql) {
      this.sql = sql;
    }

    /** The operator that holds when the operands are swapped: {@code a < b} iff {@code b > a}. */
    public Op flipped() {
      return switch (this) {
        case LT -> GT;
        case LE -> GE;
        case GT -> LT;
        case GE -> LE;
        default -> this;
      };
    }

    @Override
    public String toString() {
      return sql;
    }
  }

  /** Whether some part of this condition could not be understood. */
  default boolean containsUnsupported() {
    return false;
  }

  /** {@code column OP literal}. */
  record Compare(String column, Op op, Object value) implements Condition {
    public Compare {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code left OP right} between two columns of the same row. */
  record ColumnCompare(String left, Op op, String right) implements Condition {
    public ColumnCompare {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(right, "right");
    }
  }

  /** {@code column BETWEEN low AND high}, both ends inclusive. */
  record Between(String column, Object low, Object high) implements Condition {
    public Between {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
    }
  }

  /** {@code column IN (values...)}. */
  record InList(String column, List<Object> values) implements Condition {
    public InList {
      Objects.requireNonNull(column, "column");
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("IN list of " + column + " must not be empty");
      }
    }
  }

  /** {@code LENGTH(column) OP length} (also CHAR_LENGTH and friends). */
  record LengthCompare(String column, Op op, int length) implements Condition {
    public LengthCompare {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(op, "op");
    }
  }

  /** {@code column IS NOT NULL}. */
  record NotNull(String column) implements Condition {
    public NotNull {
      Objects.requireNonNull(column, "column");
    }
  }

  /** All parts hold. */
  record And(List<Condition> parts) implements Condition {
    public And {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean containsUnsupported() {
      return parts.stream().anyMatch(Condition::containsUnsupported);
    }
  }

  /** At least one part holds. */
  record Or(List<Condition> parts) implements Condition {
    public Or {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean containsUnsupported() {
      return parts.stream().anyMatch(Condition::containsUnsupported);
    }
  }

  /** A part of a check the engine cannot turn into bounds, kept as SQL text for the plan. */
  record Unsupported(String sql) implements Condition {
    public Unsupported {
      Objects.requireNonNull(sql, "sql");
    }

    @Override
    public boolean containsUnsupported() {
      return true;
    }
  }
}
