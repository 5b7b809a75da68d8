package dev.synth.schema;

import java.util.List;

/**
 * A set of columns whose values must not repeat: a primary key, a unique constraint or a unique
 * index.
 *
 * <pre>{@code
 * UniqueKey pk = new UniqueKey("PK_ORDERS", List.of("ID"), true, null);
 * }</pre>
 *
 * @param name the constraint or index name
 * @param columns the key's columns, in key order
 * @param primary whether this is the table's primary key
 * @param predicate the WHERE clause of a partial unique index as SQL text, or {@code null}
 */
public record UniqueKey(String name, List<String> columns, boolean primary, String predicate) {
  public UniqueKey {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("unique key " + name + " must have columns");
    }
  }
}
