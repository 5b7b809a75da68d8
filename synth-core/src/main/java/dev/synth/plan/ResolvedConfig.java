package dev.synth.plan;

import dev.synth.ConfigException;
import dev.synth.config.ColumnConfig;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's configuration matched against the real schema: every table and column it names must
 * exist, and each is mapped to the database's own spelling.
 *
 * <pre>{@code
 * ResolvedConfig resolved = ResolvedConfig.resolve(schema, config, ProfileGuide.NONE);
 * resolved.filled(); // tables this run writes
 * }</pre>
 */
final class ResolvedConfig {
  private final Map<QualifiedName, TableConfig> tables = new HashMap<>();
  private final Map<QualifiedName, Map<String, ColumnConfig>> columns = new HashMap<>();
  private final Set<QualifiedName> filled = new LinkedHashSet<>();

  private ResolvedConfig() {}

  static ResolvedConfig resolve(Schema schema, SynthConfig config, ProfileGuide profile) {
    ResolvedConfig r = new ResolvedConfig();
    config.tables().forEach((name, tc) -> r.addTable(schema, name, tc));
    Set<QualifiedName> included = r.names(schema, config.includes(), "include");
    Set<QualifiedName> excluded = r.names(schema, config.excludes(), "exclude");
    for (Table t : schema.tables()) {
      // A table of another schema is filled only when named: it was read to be referenced.
      boolean in = included.isEmpty() ? !schema.isOutside(t.name()) : included.contains(t.name());
      TableConfig tc = r.table(t.name());
      boolean zero = tc.rows() != null && tc.rows() == 0;
      if (in
          && !excluded.contains(t.name())
          && !zero
          && (tc.perParent() != null
              || RowCounts.unsized(config, tc, profile.rows(t.name())) > 0)) {
        r.filled.add(t.name());
      }
    }
    return r;
  }

  Set<QualifiedName> filled() {
    return filled;
  }

  TableConfig table(QualifiedName name) {
    return tables.getOrDefault(name, TableConfig.DEFAULT);
  }

  /** The user's rule for a column, keyed by the database's column name, or {@code null}. */
  ColumnConfig column(QualifiedName table, String column) {
    return columns.getOrDefault(table, Map.of()).get(column);
  }

  private void addTable(Schema schema, String userName, TableConfig tc) {
    Table table = find(schema, userName, "tables");
    tables.put(table.name(), tc);
    Map<String, ColumnConfig> byColumn = new LinkedHashMap<>();
    tc.columns()
        .forEach(
            (col, cc) -> {
              String real =
                  table
                      .column(col)
                      .orElseThrow(
                          () ->
                              new ConfigException(
                                  "table "
                                      + table.name()
                                      + " has no column '"
                                      + col
                                      + "' (configured at tables."
                                      + userName
                                      + ".columns); its columns are "
                                      + table.columnNames()))
                      .name();
              byColumn.put(real, cc);
            });
    columns.put(table.name(), byColumn);
    if (tc.perParent() != null) {
      Table parent =
          find(schema, tc.perParent().table(), "tables." + userName + ".perParent.table");
      boolean references =
          table.foreignKeys().stream().anyMatch(fk -> fk.target().equals(parent.name()));
      if (!references) {
        throw new ConfigException(
            "tables."
                + userName
                + ".perParent.table is '"
                + tc.perParent().table()
                + "', but "
                + table.name()
                + " has no foreign key to it; it references "
                + table.foreignKeys().stream()
                    .map(fk -> fk.target().toString())
                    .distinct()
                    .toList());
      }
    }
  }

  private Set<QualifiedName> names(Schema schema, List<String> userNames, String key) {
    Set<QualifiedName> out = new LinkedHashSet<>();
    for (String n : userNames) {
      out.add(find(schema, n, key).name());
    }
    return out;
  }

  private static Table find(Schema schema, String userName, String where) {
    return schema
        .table(userName)
        .orElseThrow(
            () ->
                new ConfigException(
                    "unknown table '"
                        + userName
                        + "' at "
                        + where
                        + "; the schema's tables are "
                        + schema.tableNames()));
  }
}
