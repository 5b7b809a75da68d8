package dev.synth.learn;

import dev.synth.ConfigException;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The tables a profiling run reads: the schema's own tables, narrowed by include and exclude. */
final class TableSelection {
  private TableSelection() {}

  static List<Table> of(Schema schema, ProfileOptions options) {
    Set<QualifiedName> included = names(schema, options.includes(), "include");
    Set<QualifiedName> excluded = names(schema, options.excludes(), "exclude");
    return schema.tables().stream()
        .filter(t -> included.isEmpty() ? !schema.isOutside(t.name()) : included.contains(t.name()))
        .filter(t -> !excluded.contains(t.name()))
        .toList();
  }

  private static Set<QualifiedName> names(Schema schema, List<String> userNames, String key) {
    Set<QualifiedName> out = new LinkedHashSet<>();
    for (String userName : userNames) {
      Table table =
          schema
              .table(userName)
              .orElseThrow(
                  () ->
                      new ConfigException(
                          key
                              + " names table '"
                              + userName
                              + "', which the schema does not have; its tables are "
                              + schema.tableNames()));
      out.add(table.name());
    }
    return out;
  }
}
