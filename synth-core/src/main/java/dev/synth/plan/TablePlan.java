package dev.synth.plan;

import dev.synth.generate.TableGenerator;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the run does to one filled table.
 *
 * @param table the table
 * @param rows rows to insert
 * @param generator computes the rows
 * @param deferred foreign keys inserted as NULL and set by UPDATE after all inserts
 * @param rowKey columns that identify a row for those UPDATEs (empty when nothing is deferred)
 * @param sources how each column is filled, for the dry run
 */
public record TablePlan(
    Table table,
    long rows,
    TableGenerator generator,
    List<ForeignKey> deferred,
    List<String> rowKey,
    Map<String, String> sources) {
  public TablePlan {
    deferred = List.copyOf(deferred);
    rowKey = List.copyOf(rowKey);
    sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }
}
