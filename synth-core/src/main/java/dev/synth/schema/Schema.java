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
 */
public record Schema(List<Table> tables) {
  public Schema {
    tables = List.copyOf(tables);
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
