package dev.synth.generate;

import java.util.List;

/**
 * How a foreign key's columns are filled: a chooser picks the parent row, the parent supplies its
 * key values.
 *
 * <pre>{@code
 * new Reference("FK_ORDER_CUSTOMER", List.of("CUSTOMER_ID"), customers, chooser, 0.0);
 * }</pre>
 *
 * @param name the foreign key's name, for seeds and messages
 * @param columns the referencing columns of the child table
 * @param parent the parent rows and their key values
 * @param chooser which parent row each child row gets
 * @param nullFraction fraction of rows with a NULL reference (nullable foreign keys only)
 */
public record Reference(
    String name,
    List<String> columns,
    ParentKeys parent,
    ParentChooser chooser,
    double nullFraction) {
  public Reference {
    columns = List.copyOf(columns);
  }
}
