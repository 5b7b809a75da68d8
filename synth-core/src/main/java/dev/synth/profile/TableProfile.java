package dev.synth.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The learned statistics of one table: its row count, its columns, its foreign keys and the
 * dependence between its columns.
 *
 * <pre>{@code
 * TableProfile orders =
 *     new TableProfile("PUBLIC", "ORDERS", 1000, columns, foreignKeys, correlations);
 * }</pre>
 *
 * @param schema the schema that holds the table
 * @param name the table name
 * @param rows the row count
 * @param columns the columns in declaration order
 * @param foreignKeys the table's outgoing references
 * @param correlations one entry per pair of correlated columns, in declaration order of the first
 *     then the second column; empty (and absent from the file) when none was learned, as in
 *     profiles written before correlations were learned
 */
public record TableProfile(
    String schema,
    String name,
    long rows,
    List<ColumnProfile> columns,
    List<ForeignKeyProfile> foreignKeys,
    List<Correlation> correlations) {
  public TableProfile {
    Objects.requireNonNull(schema, "schema of table profile " + name);
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("table name must not be empty but was '" + name + "'");
    }
    if (rows < 0) {
      throw new IllegalArgumentException("rows of " + name + " must be >= 0 but was " + rows);
    }
    columns = List.copyOf(columns);
    foreignKeys = foreignKeys == null ? List.of() : List.copyOf(foreignKeys);
    correlations = correlations == null ? List.of() : List.copyOf(correlations);
  }

  /** The column profile named {@code columnName} (exactly, or case-insensitively when unique). */
  public ColumnProfile column(String columnName) {
    return findColumn(columnName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "table " + name + " has no column profile " + columnName));
  }

  /**
   * The column profile named {@code columnName}, exactly or else ignoring case, if there is one.
   */
  public Optional<ColumnProfile> findColumn(String columnName) {
    return columns.stream()
        .filter(c -> c.name().equals(columnName))
        .findFirst()
        .or(() -> columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst());
  }
}
