package dev.synth.plan;

import dev.synth.config.ColumnConfig;
import dev.synth.config.SynthConfig;
import dev.synth.generate.TableGenerator;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What every table's planning shares: the configuration and the tables planned so far. */
record PlanContext(
    Schema schema,
    SynthConfig config,
    ResolvedConfig resolved,
    RowCounts counts,
    ExistingKeys existing,
    Map<QualifiedName, TableGenerator> generators,
    Set<ForeignKey> deferred,
    List<String> notes,
    DatabaseFacts facts,
    ProfileGuide profile) {

  /**
   * The NULL fraction of a nullable column: its own rule, else the learned one, else the run's
   * default.
   */
  double columnNullFraction(Table table, String column) {
    ColumnConfig cc = resolved.column(table.name(), column);
    if (cc != null && cc.nullFraction() != null) {
      return cc.nullFraction();
    }
    return table
        .column(column)
        .flatMap(c -> profile.column(table.name(), c))
        .map(cp -> cp.nullFraction())
        .orElse(config.nullFraction());
  }
}
