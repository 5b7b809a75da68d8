package dev.synth.schema;

import java.util.List;
import java.util.Objects;

/**
 * A reference from some columns of a table to a primary or unique key of another (or the same)
 * table.
 *
 * <pre>{@code
 * ForeignKey fk = new ForeignKey("FK_ORDER_CUSTOMER", List.of("CUSTOMER_ID"),
 *     new QualifiedName("PUBLIC", "CUSTOMER"), List.of("ID"), false);
 * }</pre>
 *
 * @param name the constraint name
 * @param columns the referencing columns
 * @param target the referenced table
 * @param targetColumns the referenced columns, pairwise with {@code columns}
 * @param deferrable whether the constraint can be deferred to commit
 */
public record ForeignKey(
    String name,
    List<String> columns,
    QualifiedName target,
    List<String> targetColumns,
    boolean deferrable) {
  public ForeignKey {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
    Objects.requireNonNull(target, "target of foreign key " + name);
    if (columns.isEmpty() || columns.size() != targetColumns.size()) {
      throw new IllegalArgumentException(
          "foreign key "
              + name
              + " must pair its columns "
              + columns
              + " with as many target columns but had "
              + targetColumns);
    }
  }
}
