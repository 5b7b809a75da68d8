package dev.synth.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code tables} section: rows or perParent sizing, and column rules. */
final class TableReader {
  static final List<String> KEYS = List.of("rows", "perParent", "columns");
  static final List<String> PER_PARENT_KEYS = List.of("table", "min", "max");

  private static final String COUNT = "a non-negative integer";

  private TableReader() {}

  static Map<String, TableConfig> tables(YamlMap tables) {
    Map<String, TableConfig> result = new LinkedHashMap<>();
    for (String name : tables.keys()) {
      result.put(name, table(tables.map(name, "a mapping with rows, perParent or columns")));
    }
    return result;
  }

  private static TableConfig table(YamlMap table) {
    table.allowOnly(KEYS);
    Long rows = table.nonNegativeLong("rows").orElse(null);
    PerParent perParent =
        table.get("perParent").isPresent()
            ? perParent(table.map("perParent", "a mapping with table, min and max"))
            : null;
    if (rows != null && perParent != null) {
      throw table.problem("takes rows or perParent, not both");
    }
    var columns = table.map("columns", "a mapping from column name to its rule");
    return new TableConfig(rows, perParent, ColumnReader.columns(columns));
  }

  private static PerParent perParent(YamlMap map) {
    map.allowOnly(PER_PARENT_KEYS);
    String parent =
        map.text("table", "the parent table's name")
            .orElseThrow(() -> map.missing("table", "the parent table's name"));
    int min = map.intAtLeast("min", 0, COUNT).orElseThrow(() -> map.missing("min", COUNT));
    int max = map.intAtLeast("max", 0, COUNT).orElseThrow(() -> map.missing("max", COUNT));
    if (max < min) {
      throw map.problem("needs min <= max but had min=" + min + ", max=" + max);
    }
    return new PerParent(parent, min, max);
  }
}
