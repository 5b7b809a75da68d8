package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
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
    Savepoint before = replaysFailures() ? savepoint() : null;
    try {
      statement.executeBatch();
      written += pending.size();
      pending.clear();
      release(before);
    } catch (SQLException e) {
      // The caller rolls back; closing must not send these rows a second time.
      failed = true;
      throw before != null ? replay(e, before) : failure().of(e);
    }
  }

  // MariaDB's bulk and rewritten batches fail as a whole without naming the row, and its
  // pipelined batches count rows past the refused one: on MySQL and MariaDB a failed batch is
  // undone to a savepoint and sent again row by row, so the first refused row is the one named.
  private boolean replaysFailures() {
    return bindings.get(0).quirks() == Binding.Quirks.MYSQL;
  }

  private Savepoint savepoint() {
    try {
      return statement.getConnection().setSavepoint();
    } catch (SQLException e) {
      LOG.debug("No savepoint before a batch into {}; a failure names the batch", table, e);
      return null;
    }
  }

  private void release(Savepoint savepoint) throws SQLException {
    if (savepoint != null) {
      statement.getConnection().releaseSavepoint(savepoint);
    }
  }

  private LoadException replay(SQLException batchError, Savepoint before) {
    BatchFailure batch = failure();
    try {
      statement.getConnection().rollback(before);
      statement.clearBatch();
      for (int i = 0; i < pending.size(); i++) {
        Object[] row = pending.get(i);
        try {
          for (int j = 0; j < row.length; j++) {
            bindings.get(j).bind(statement, j + 1, row[j]);
          }
          statement.executeUpdate();
        } catch (SQLException rowError) {
          rowError.addSuppressed(batchError);
          return batch.of(rowError, written + i + 1, row);
        }
      }
    } catch (SQLException e) {
      batchError.addSuppressed(e);
    }
    return batch.of(batchError);
  }
}
