package dev.synth.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user's settings for one table.
 *
 * <pre>{@code
 * new TableConfig(1000L, null, Map.of("email", ColumnConfig.faker("#{Internet.emailAddress}")));
 * }</pre>
 *
 * @param rows rows to generate, or {@code null} for the default (or the perParent sizing)
 * @param perParent size by parent rows instead of a fixed count, or {@code null}
 * @param columns per-column rules keyed by the column name as the user typed it
 */
public record TableConfig(Long rows, PerParent perParent, Map<String, ColumnConfig> columns) {
  public static final TableConfig DEFAULT = new TableConfig(null, null, Map.of());

  public TableConfig {
    if (rows != null && rows < 0) {
      throw new IllegalArgumentException("rows must be >= 0 but was " + rows);
    }
    if (rows != null && perParent != null) {
      throw new IllegalArgumentException("a table takes rows or perParent, not both");
    }
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  public TableConfig withRows(long newRows) {
    return new TableConfig(newRows, null, columns);
  }
}
