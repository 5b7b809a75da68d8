package dev.synth.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The introspected model of a database: every base table Synth may read or fill.
 *
 * <pre>{@code
 * Schema schema = SchemaReader.read(dataSource, "PUBLIC");
 * schema.table("customer").orElseThrow().columns();
 * }</pre>
 *
 * @param tables the tables, in the order the database lists them
 * @param outside tables of schemas that were not selected, read only because selected tables
 *     reference them: they are referenced with their existing keys, never filled unless a run
 *     includes them by name
 */
public record Schema(List<Table> tables, Set<QualifiedName> outside) {
  public Schema {
    tables = List.copyOf(tables);
    outside = Set.copyOf(outside);
  }

  /** A schema whose every table belongs to the selected schemas. */
  public Schema(List<Table> tables) {
    this(tables, Set.of());
  }

  /** Whether the table was read only because a selected table references it. */
  public boolean isOutside(QualifiedName table) {
    return outside.contains(table);
  }

  /** Finds a table by a user-typed name, case-insensitively, optionally schema-qualified. */
  public Optional<Table> table(String userName) {
    for (Table t : tables) {
      if (t.name().name().equals(userName)) {
        return Optional.of(t);
      }
    }
    return tables.stream().filter(t -> t.name().matches(userName)).findFirst();
  }

  /** A table of this schema, or one of another schema that a foreign key references. */
  public Table table(QualifiedName name) {
    return tables.stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no table " + name + " in " + tableNames()));
  }

  public List<String> tableNames() {
    return tables.stream().map(t -> t.name().name()).toList();
  }
}
