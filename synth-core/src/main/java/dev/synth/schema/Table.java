package dev.synth.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A base table with its columns and constraints. Views, materialized views and partitions are never
 * represented as tables.
 *
 * <pre>{@code
 * Table t = schema.table("orders").orElseThrow();
 * t.primaryKey().columns(); // [ID]
 * }</pre>
 *
 * @param name the qualified name
 * @param columns the columns in declaration order
 * @param primaryKey the primary key, or {@code null} when the table has none
 * @param uniqueKeys unique constraints and unique indexes, the primary key excluded
 * @param foreignKeys the table's outgoing references
 * @param checks the table's CHECK constraints
 */
public record Table(
    QualifiedName name,
    List<Column> columns,
    UniqueKey primaryKey,
    List<UniqueKey> uniqueKeys,
    List<ForeignKey> foreignKeys,
    List<Check> checks) {
  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    uniqueKeys = List.copyOf(uniqueKeys);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table " + name + " must have columns");
    }
  }

  /** The primary key first, then the other unique keys. */
  public List<UniqueKey> allUniqueKeys() {
    if (primaryKey == null) {
      return uniqueKeys;
    }
    var all = new java.util.ArrayList<UniqueKey>(uniqueKeys.size() + 1);
    all.add(primaryKey);
    all.addAll(uniqueKeys);
    return List.copyOf(all);
  }

  public Optional<Column> column(String columnName) {
    for (Column c : columns) {
      if (c.name().equals(columnName)) {
        return Optional.of(c);
      }
    }
    for (Column c : columns) {
      if (c.name().equalsIgnoreCase(columnName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The columns an INSERT writes: all but those the database computes. */
  public List<String> writableColumnNames() {
    return columns.stream().filter(c -> !c.computed()).map(Column::name).toList();
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  @Override
  public String toString() {
    return name.toString();
  }
}
