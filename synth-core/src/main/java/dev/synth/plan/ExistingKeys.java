package dev.synth.plan;

import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Key values of rows that exist already, read once per table and key. */
final class ExistingKeys {
  private final DatabaseFacts facts;
  private final Map<String, List<Object[]>> cache = new HashMap<>();

  ExistingKeys(DatabaseFacts facts) {
    this.facts = facts;
  }

  List<Object[]> keys(Table table, List<String> columns) {
    QualifiedName name = table.name();
    return cache.computeIfAbsent(name + "|" + columns, k -> facts.keys(table, columns));
  }
}
