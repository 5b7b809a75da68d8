package dev.synth.evaluate;

import dev.synth.learn.RowHashes;
import dev.synth.schema.Column;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counts the synthetic rows of a table that equal a source row on every column both tables share,
 * keys left out. The source's row hashes stream into a bounded {@link SourceRowSet}, then the
 * synthetic rows stream past it; neither table is held in memory. A hash hit counts as a match: two
 * different rows share a 64-bit hash with a probability near 2^-64 per pair, far below anything a
 * share printed to three decimals can show.
 */
final class ExactMatching {
  private ExactMatching() {}

  /** The check, or empty when the tables share no column besides keys. */
  static Optional<ExactMatches> count(
      Connection source, Table sourceTable, Connection synthetic, Table syntheticTable, int limit) {
    List<String> sourceColumns = new ArrayList<>();
    List<String> syntheticColumns = new ArrayList<>();
    for (Column c : sourceTable.columns()) {
      Optional<Column> other = syntheticTable.column(c.name());
      if (!isKey(sourceTable, c) && other.isPresent() && !isKey(syntheticTable, other.get())) {
        sourceColumns.add(c.name());
        syntheticColumns.add(other.get().name());
      }
    }
    if (sourceColumns.isEmpty()) {
      return Optional.empty();
    }
    SourceRowSet held = new SourceRowSet(limit);
    long sourceRows = RowHashes.each(source, sourceTable.name(), sourceColumns, held::add);
    long[] checked = new long[2];
    long syntheticRows =
        RowHashes.each(
            synthetic,
            syntheticTable.name(),
            syntheticColumns,
            hash -> {
              if (held.inKeptShare(hash)) {
                checked[0]++;
                if (held.contains(hash)) {
                  checked[1]++;
                }
              }
            });
    return Optional.of(
        new ExactMatches(
            sourceColumns, sourceRows, syntheticRows, checked[0], checked[1], held.keptShare()));
  }

  /** Keys differ between any two loads; computed columns follow from the others. */
  private static boolean isKey(Table table, Column column) {
    return Keys.isKey(table, column) || column.computed();
  }
}
