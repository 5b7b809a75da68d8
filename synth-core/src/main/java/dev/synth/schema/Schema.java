package dev.synth.schema;

import java.util.List;
import java.util.Optional;

/**
 * The introspected model of a database: every base table Synth may read or fill.
 *
 * <pre>{@code
 * Schema schema = SchemaReader.read(dataSource, "PUBLIC");
 * schema.table("customer").orElseThrow().columns();
 * }</pre>
 *
 * @param tables the tables, in the order the database lists them
 * @param elsewhere tables of other schemas (MySQL databases) that foreign keys of {@code tables}
 *     reference: read for their keys, never filled
 */
public record Schema(List<Table> tables, List<Table> elsewhere) {
  public Schema {
    tables = List.copyOf(tables);
    elsewhere = List.copyOf(elsewhere);
  }

  public Schema(List<Table> tables) {
    this(tables, List.of());
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
    return java.util.stream.Stream.concat(tables.stream(), elsewhere.stream())
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no table " + name + " in " + tableNames()));
  }

  public List<String> tableNames() {
    return tables.stream().map(t -> t.name().name()).toList();
  }
}
