package dev.synth.schema;

import java.util.Objects;
import java.util.Set;

/**
 * A CHECK constraint: its SQL text, the columns it mentions and what the engine understood of it.
 *
 * <pre>{@code
 * Check positive = new Check("CK_QTY", "QTY > 0", Set.of("QTY"),
 *     new Condition.Compare("QTY", Condition.Op.GT, new BigDecimal("0")));
 * }</pre>
 *
 * @param name the constraint name
 * @param sql the condition as the database reports it
 * @param columns the columns of its table that the condition mentions
 * @param condition the parsed condition; {@link Condition.Unsupported} when not understood
 */
public record Check(String name, String sql, Set<String> columns, Condition condition) {
  public Check {
    Objects.requireNonNull(sql, "sql");
    columns = Set.copyOf(columns);
    Objects.requireNonNull(condition, "condition");
  }

  /** Whether the engine turned this check into bounds it can honour. */
  public boolean understood() {
    return !condition.containsUnsupported();
  }
}
