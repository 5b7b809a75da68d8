package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.schema.Table;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link RowWriter} over one prepared statement executed with JDBC batches. */
final class BatchWriter implements RowWriter {
  private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

  private final Table table;
  private final String verb;
  private final List<Binding> bindings;
  private final int batchSize;
  private final PreparedStatement statement;
  private final List<Object[]> pending;
  private long written;
  private boolean closed;

  BatchWriter(Connection c, Table table, String verb, String sql, List<Binding> bindings,
      int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1 but was " + batchSize);
    }
    this.table = table;
    this.verb = verb;
    this.bindings = List.copyOf(bindings);
    this.batchSize = batchSize;
    this.pending = new ArrayList<>(batchSize);
    LOG.debug("{} {}: {}", verb, table, sql);
    try {
      this.statement = c.prepareStatement(sql);
    } catch (SQLException e) {
      throw new LoadException("cannot prepare " + verb + " for table " + table + ": "
          + DatabaseMessage.of(e) + "; statement: " + sql, e);
    }
  }

  @Override
  public void write(Object[] row) {
    if (closed) {
      throw new IllegalStateException("writer for table " + table + " is closed");
    }
    if (row.length != bindings.size()) {
      throw new IllegalArgumentException("row for table " + table + " must have "
          + bindings.size() + " values but had " + row.length);
    }
    Object[] copy = row.clone();
    try {
      for (int i = 0; i < copy.length; i++) {
        bindings.get(i).bind(statement, i + 1, copy[i]);
      }
      statement.addBatch();
    } catch (SQLException e) {
      throw failure(e, written + pending.size() + 1, copy);
    }
    pending.add(copy);
    if (pending.size() >= batchSize) {
      flush();
    }
  }

  @Override
  public long written() {
    return written;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      flush();
    } finally {
      try {
        statement.close();
      } catch (SQLException e) {
        LOG.debug("Closing the statement for {} failed", table, e);
      }
    }
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      statement.executeBatch();
      written += pending.size();
      pending.clear();
    } catch (BatchUpdateException e) {
      int index = failedIndex(e.getLargeUpdateCounts());
      throw failure(e, index < 0 ? -1 : written + index + 1, index < 0 ? null : pending.get(index));
    } catch (SQLException e) {
      throw failure(e, -1, null);
    }
  }

  /** The first failed entry of a batch, or -1 when the driver does not tell. */
  private int failedIndex(long[] counts) {
    if (counts == null) {
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

  private LoadException failure(SQLException e, long rowNumber, Object[] row) {
    Violation v = Violation.of(e, table);
    StringBuilder m = new StringBuilder("cannot ").append(verb).append(" table ").append(table);
    if (v.kind() != Violation.Kind.OTHER || v.constraint() != null) {
      m.append(": ").append(v.describe()).append(" violated");
    }
    if (rowNumber > 0) {
      m.append(" at row ").append(rowNumber);
    }
    if (row != null && !v.columns().isEmpty()) {
      m.append(" with ").append(RowValues.describe(v.columns(), bindings, row));
    }
    m.append(": ").append(DatabaseMessage.of(firstSpecific(e)));
    m.append("; ").append(v.kind().hint);
    return new LoadException(m.toString(), e);
  }

  /** PostgreSQL's batch exception only points to the next exception, which holds the details. */
  private static SQLException firstSpecific(SQLException e) {
    SQLException next = e.getNextException();
    return e instanceof BatchUpdateException && next != null ? next : e;
  }
}
