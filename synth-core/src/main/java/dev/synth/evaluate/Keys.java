package dev.synth.evaluate;

import dev.synth.schema.Column;
import dev.synth.schema.Table;

/**
 * Which columns are keys: primary-key, foreign-key and identity columns. Their values are mostly
 * surrogates that follow the row counts and the sequences of the database that loaded them (a
 * copied customer under a new id is still a copy), so they say little about how alike the data is.
 */
final class Keys {
  private Keys() {}

  static boolean isKey(Table table, Column column) {
    String name = column.name();
    return column.identity()
        || (table.primaryKey() != null && table.primaryKey().columns().contains(name))
        || table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(name));
  }

  /** Whether the table's column of that name, if it has one, is a key. */
  static boolean isKey(Table table, String columnName) {
    return table.column(columnName).map(c -> isKey(table, c)).orElse(false);
  }
}
