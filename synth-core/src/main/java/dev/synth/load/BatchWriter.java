package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
  private boolean failed;

  BatchWriter(
      Connection c, Table table, String verb, String sql, List<Binding> bindings, int batchSize) {
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
      throw new LoadException(
          "cannot prepare "
              + verb
              + " for table "
              + table
              + ": "
              + DatabaseMessage.of(e)
              + "; statement: "
              + sql,
          e);
    }
  }

  @Override
  public void write(Object[] row) {
    if (closed || failed) {
      throw new IllegalStateException(
          "writer for table " + table + " is " + (failed ? "failed" : "closed"));
    }
    if (row.length != bindings.size()) {
      throw new IllegalArgumentException(
          "row for table "
              + table
              + " must have "
              + bindings.size()
              + " values but had "
              + row.length);
    }
    Object[] copy = row.clone();
    try {
      for (int i = 0; i < copy.length; i++) {
        bindings.get(i).bind(statement, i + 1, copy[i]);
      }
      statement.addBatch();
    } catch (SQLException e) {
      failed = true;
      throw failure().of(e, written + pending.size() + 1, copy);
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

  private BatchFailure failure() {
    return new BatchFailure(table, verb, bindings, written, pending);
  }

  private void flush() {
    if (pending.isEmpty() || failed) {
      return;
    }
    try {
      statement.executeBatch();
      written += pending.size();
      pending.clear();
    } catch (SQLException e) {
      // The caller rolls back; closing must not send these rows a second time.
      failed = true;
      throw failure().of(e);
    }
  }
}
