package dev.synth.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * PostgreSQL's {@code COPY} text format in UTF-8: tab-separated values, one row per line, {@code
 * \N} for NULL, and backslash, tab, newline and carriage return escaped. Stateless, so generator
 * threads can encode chunks side by side. Text is written straight into bytes, because building a
 * String first and encoding it afterwards copied every chunk twice and cost as much as generating
 * the rows.
 *
 * <pre>{@code
 * byte[] lines = CopyText.encode(new Object[][] {{1L, "a\tb", null}}); // "1\ta\\tb\t\\N\n"
 * }</pre>
 */
final class CopyText {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] NULL = {'\\', 'N'};

  private byte[] bytes;
  private int size;

  private CopyText(int capacity) {
    this.bytes = new byte[capacity];
  }

  static byte[] encode(Object[][] rows) {
    CopyText text = new CopyText(Math.max(256, rows.length * 128));
    for (Object[] row : rows) {
      text.row(row);
    }
    return Arrays.copyOf(text.bytes, text.size);
  }

  /** One row as a line; for writers that take rows one at a time. */
  static byte[] encode(Object[] row) {
    CopyText text = new CopyText(256);
    text.row(row);
    return Arrays.copyOf(text.bytes, text.size);
  }

  private void row(Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        put((byte) '\t');
      }
      value(row[i]);
    }
    put((byte) '\n');
  }

  private void value(Object value) {
    if (value == null) {
      put(NULL);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      ascii(value.toString());
    } else if (value instanceof Boolean b) {
      put((byte) (b ? 't' : 'f'));
    } else if (value instanceof byte[] raw) {
      ascii("\\\\x");
      ascii(HEX.formatHex(raw));
    } else if (value instanceof BigDecimal d) {
      ascii(d.toPlainString());
    } else if (value instanceof List<?> array) {
      text(PgArrays.literal(array));
    } else {
      text(value.toString());
    }
  }

  private void text(String value) {
    ensure(value.length() * 3 + 2);
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch >= 0x20 && ch < 0x80 && ch != '\\') {
        bytes[size++] = (byte) ch;
      } else if (ch < 0x80) {
        escaped(ch);
      } else {
        int end = i + 1;
        while (end < value.length() && value.charAt(end) >= 0x80) {
          end++;
        }
        put(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
        ensure((value.length() - end) * 3 + 2);
        i = end - 1;
      }
    }
  }

  private void escaped(char ch) {
    switch (ch) {
      case '\\' -> pair('\\');
      case '\t' -> pair('t');
      case '\n' -> pair('n');
      case '\r' -> pair('r');
      default -> bytes[size++] = (byte) ch;
    }
  }

  private void pair(char escape) {
    bytes[size++] = '\\';
    bytes[size++] = (byte) escape;
  }

  private void ascii(String value) {
    ensure(value.length());
    for (int i = 0; i < value.length(); i++) {
      bytes[size++] = (byte) value.charAt(i);
    }
  }

  private void put(byte b) {
    ensure(1);
    bytes[size++] = b;
  }

  private void put(byte[] more) {
    ensure(more.length);
    System.arraycopy(more, 0, bytes, size, more.length);
    size += more.length;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
