package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.schema.Table;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into PostgreSQL with {@code COPY ... FROM STDIN} in text format ({@link CopyText}):
 * one round trip per buffer instead of per batch, and no statement per row. Identity columns take
 * the given values, as COPY always does.
 *
 * <pre>{@code
 * try (RowWriter w = CopyWriter.open(connection, customer, List.of("id", "email"))) {
 *   w.write(new Object[] {1L, "ann@example.com"});
 * }
 * }</pre>
 */
final class CopyWriter implements EncodingWriter<byte[]> {
  private static final int BUFFER = 1 << 16;

  private final Table table;
  private final CopyIn copy;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(BUFFER + 1024);
  private long written;
  private boolean closed;

  private CopyWriter(Table table, CopyIn copy) {
    this.table = table;
    this.copy = copy;
  }

  static CopyWriter open(Connection c, Table table, List<String> columns) {
    SqlNames names = SqlNames.of(c);
    String sql =
        names.render(
            DSL.query(
                "copy {0} ({1}) from stdin (format text)",
                SqlNames.table(table), DSL.list(SqlNames.fields(columns))));
    try {
      return new CopyWriter(table, c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    } catch (SQLException e) {
      throw new LoadException("cannot start COPY into " + table + ": " + DatabaseMessage.of(e), e);
    }
  }

  @Override
  public void write(Object[] row) {
    buffer.writeBytes(CopyText.encode(row));
    written++;
    if (buffer.size() >= BUFFER) {
      flush();
    }
  }

  @Override
  public byte[] encode(Object[][] rows) {
    return CopyText.encode(rows);
  }

  @Override
  public void writeEncoded(byte[] encoded, int rows) {
    flush();
    send(encoded);
    written += rows;
  }

  private void flush() {
    if (buffer.size() > 0) {
      send(buffer.toByteArray());
      buffer.reset();
    }
  }

  private void send(byte[] bytes) {
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw failed(e);
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
      copy.endCopy();
    } catch (SQLException e) {
      throw failed(e);
    } finally {
      cancelIfActive();
    }
  }

  private void cancelIfActive() {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException ignored) {
      // the transaction is rolled back by the caller anyway
    }
  }

  private LoadException failed(SQLException e) {
    return new LoadException(
        "cannot copy rows into table " + table + ": " + DatabaseMessage.of(e), e);
  }
}
