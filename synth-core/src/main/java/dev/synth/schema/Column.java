package dev.synth.schema;

import java.util.Objects;

/**
 * One column of a table.
 *
 * <pre>{@code
 * Column email = new Column("EMAIL", new ColumnType(TypeKind.VARCHAR, "VARCHAR", 120, 0, 0,
 *     List.of()), false, false, null);
 * }</pre>
 *
 * @param name the column name as the database reports it
 * @param type the type and its limits
 * @param nullable whether NULL is allowed
 * @param identity whether the database generates it (identity, auto-increment, serial)
 * @param defaultValue the default expression as SQL text, or {@code null}
 * @param computed whether the database computes the value from other columns ({@code GENERATED
 *     ALWAYS AS (expr)}); such a column is never written
 */
public record Column(
    String name,
    ColumnType type,
    boolean nullable,
    boolean identity,
    String defaultValue,
    boolean computed) {
  public Column {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("column name must not be empty but was '" + name + "'");
    }
    Objects.requireNonNull(type, "type of column " + name);
  }

  /** A column whose value is written, not computed by the database. */
  public Column(
      String name, ColumnType type, boolean nullable, boolean identity, String defaultValue) {
    this(name, type, nullable, identity, defaultValue, false);
  }

  @Override
  public String toString() {
    return name
        + " "
        + type
        + (nullable ? "" : " NOT NULL")
        + (identity ? " IDENTITY" : "")
        + (computed ? " COMPUTED" : "");
  }
}
