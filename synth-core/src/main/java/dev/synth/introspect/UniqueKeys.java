package dev.synth.introspect;

import dev.synth.schema.UniqueKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.IndexColumnDefinition;
import org.jooq.meta.IndexDefinition;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.UniqueKeyDefinition;

/**
 * A table's primary key, unique constraints and unique indexes, without an index that only repeats
 * the columns of a key already listed.
 *
 * <pre>{@code
 * UniqueKey pk = UniqueKeys.primaryKey(tableDefinition);
 * List<UniqueKey> others = UniqueKeys.uniqueKeys(tableDefinition, pk);
 * }</pre>
 */
final class UniqueKeys {
  private UniqueKeys() {}

  /** The primary key, or {@code null} when the table has none. */
  static UniqueKey primaryKey(TableDefinition table) {
    UniqueKeyDefinition pk = table.getPrimaryKey();
    return pk == null ? null : new UniqueKey(pk.getName(), names(pk.getKeyColumns()), true, null);
  }

  /** Unique constraints, then unique indexes, without predicates (jooq-meta reports none). */
  static List<UniqueKey> uniqueKeys(TableDefinition table, UniqueKey primaryKey) {
    return uniqueKeys(table, primaryKey, index -> null);
  }

  /**
   * Unique constraints, then unique indexes, full ones before partial ones so that a full key wins
   * over a partial one on the same columns; {@code predicates} gives a partial index's WHERE clause
   * (jooq-meta does not report it).
   */
  static List<UniqueKey> uniqueKeys(
      TableDefinition table, UniqueKey primaryKey, Function<String, String> predicates) {
    List<UniqueKey> keys = new ArrayList<>();
    Set<Set<String>> seen = new HashSet<>();
    if (primaryKey != null) {
      seen.add(Set.copyOf(primaryKey.columns()));
    }
    for (UniqueKeyDefinition key : table.getUniqueKeys()) {
      if (!key.isPrimaryKey()) {
        add(keys, seen, new UniqueKey(key.getName(), names(key.getKeyColumns()), false, null));
      }
    }
    List<UniqueKey> partial = new ArrayList<>();
    for (IndexDefinition index : table.getIndexes()) {
      if (index.isUnique()) {
        String predicate = predicates.apply(index.getName());
        UniqueKey key = new UniqueKey(index.getName(), indexColumns(index), false, predicate);
        if (predicate == null) {
          add(keys, seen, key);
        } else {
          partial.add(key);
        }
      }
    }
    partial.forEach(key -> add(keys, seen, key));
    return keys;
  }

  // Uniqueness depends on the set of columns, not their order, so (a, b) repeats (b, a).
  private static void add(List<UniqueKey> keys, Set<Set<String>> seen, UniqueKey key) {
    if (seen.add(Set.copyOf(key.columns()))) {
      keys.add(key);
    }
  }

  private static List<String> indexColumns(IndexDefinition index) {
    return index.getIndexColumns().stream()
        .map(IndexColumnDefinition::getColumn)
        .map(ColumnDefinition::getName)
        .toList();
  }

  static List<String> names(List<ColumnDefinition> columns) {
    return columns.stream().map(ColumnDefinition::getName).toList();
  }
}
