package dev.synth.load;

import dev.synth.LoadException;
import dev.synth.schema.Table;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into PostgreSQL with {@code COPY ... FROM STDIN} in text format: one round trip per
 * buffer instead of per batch, and no statement per row. Identity columns take the given values, as
 * COPY always does.
 *
 * <pre>{@code
 * try (RowWriter w = CopyWriter.open(connection, customer, List.of("id", "email"))) {
 *   w.write(new Object[] {1L, "ann@example.com"});
 * }
 * }</pre>
 */
final class CopyWriter implements RowWriter {
  private static final int BUFFER = 1 << 16;
  private static final HexFormat HEX = HexFormat.of();

  private final Table table;
  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(BUFFER + 1024);
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
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        buffer.append('\t');
      }
      append(row[i]);
    }
    buffer.append('\n');
    written++;
    if (buffer.length() >= BUFFER) {
      flush();
    }
  }

  private void append(Object value) {
    if (value == null) {
      buffer.append("\\N");
    } else if (value instanceof Boolean b) {
      buffer.append(b ? 't' : 'f');
    } else if (value instanceof byte[] bytes) {
      buffer.append("\\\\x").append(HEX.formatHex(bytes));
    } else if (value instanceof BigDecimal d) {
      buffer.append(d.toPlainString());
    } else if (value instanceof List<?> array) {
      escape(PgArrays.literal(array));
    } else if (value instanceof Number || value instanceof java.util.UUID) {
      buffer.append(value);
    } else {
      escape(value.toString());
    }
  }

  /** Text format: backslash, tab, newline and carriage return are escaped. */
  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(ch);
      }
    }
  }

  private void flush() {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    buffer.setLength(0);
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
