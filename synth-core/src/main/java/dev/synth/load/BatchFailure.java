package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.schema.Table;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a refused row or batch: the table, the constraint and its columns, the row number within
 * this writer's rows (from 1) and the offending values when the driver says which row.
 *
 * @param table the table written
 * @param verb what was attempted, e.g. {@code insert into}
 * @param bindings the writer's columns, to show values
 * @param written rows accepted before the failing batch
 * @param pending the rows of the failing batch
 */
record BatchFailure(
    Table table, String verb, List<Binding> bindings, long written, List<Object[]> pending) {
  private static final Pattern PG_BATCH_ENTRY = Pattern.compile("^Batch entry (\\d+) ");

  /** For a failing batch: finds the row the driver blames, if it says. */
  LoadException of(SQLException e) {
    int index = e instanceof BatchUpdateException b ? failedIndex(b) : -1;
    return of(e, index < 0 ? -1 : written + index + 1, index < 0 ? null : pending.get(index));
  }

  /** For a known row, e.g. one whose values the driver refused to bind. */
  LoadException of(SQLException e, long rowNumber, Object[] row) {
    Violation v = Violation.of(e, table);
    StringBuilder m = new StringBuilder("cannot ").append(verb).append(" table ").append(table);
    if (v.kind() != Violation.Kind.OTHER || v.constraint() != null) {
      m.append(": ").append(v.describe()).append(" violated");
    }
    m.append(' ').append(rowNumber > 0 ? "at row " + rowNumber : batchRange());
    if (row != null && !v.columns().isEmpty()) {
      m.append(" with ").append(RowValues.describe(v.columns(), bindings, row));
    }
    m.append(": ").append(DatabaseMessage.of(firstSpecific(e)));
    m.append("; ").append(v.kind().hint);
    return new LoadException(m.toString(), e);
  }

  /**
   * The first failed entry of a batch, or -1 when the driver does not tell: MariaDB's bulk protocol
   * fails the whole batch, marking every entry; pgjdbc marks every entry too but names the failed
   * one (from 0) in its message.
   */
  private int failedIndex(BatchUpdateException e) {
    Matcher pgEntry = PG_BATCH_ENTRY.matcher(String.valueOf(e.getMessage()));
    if (pgEntry.find()) {
      return Integer.parseInt(pgEntry.group(1));
    }
    long[] counts = e.getLargeUpdateCounts();
    if (counts == null || counts.length > 1 && allFailed(counts)) {
      return -1;
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == Statement.EXECUTE_FAILED) {
        return i;
      }
    }
    // Drivers that stop at the first error report the counts of the entries before it.
    return counts.length < pending.size() ? counts.length : -1;
  }

  private static boolean allFailed(long[] counts) {
    return Arrays.stream(counts).allMatch(c -> c == Statement.EXECUTE_FAILED);
  }

  private String batchRange() {
    return pending.size() <= 1
        ? "at row " + (written + 1)
        : "in rows " + (written + 1) + " to " + (written + pending.size());
  }

  /** PostgreSQL's batch exception only points to the next exception, which holds the details. */
  private static SQLException firstSpecific(SQLException e) {
    SQLException next = e.getNextException();
    return e instanceof BatchUpdateException && next != null ? next : e;
  }
}
