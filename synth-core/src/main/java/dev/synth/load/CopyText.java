package dev.synth.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

/**
 * PostgreSQL's {@code COPY} text format: tab-separated values, one row per line, {@code \N} for
 * NULL, and backslash, tab, newline and carriage return escaped. Stateless, so generator threads
 * can encode chunks side by side.
 *
 * <pre>{@code
 * byte[] lines = CopyText.encode(new Object[][] {{1L, "a\tb", null}}); // "1\ta\\tb\t\\N\n"
 * }</pre>
 */
final class CopyText {
  private static final HexFormat HEX = HexFormat.of();

  private CopyText() {}

  static byte[] encode(Object[][] rows) {
    StringBuilder text = new StringBuilder(rows.length * 128);
    for (Object[] row : rows) {
      append(text, row);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static void append(StringBuilder text, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        text.append('\t');
      }
      value(text, row[i]);
    }
    text.append('\n');
  }

  private static void value(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof Boolean b) {
      text.append(b ? 't' : 'f');
    } else if (value instanceof byte[] bytes) {
      text.append("\\\\x").append(HEX.formatHex(bytes));
    } else if (value instanceof BigDecimal d) {
      text.append(d.toPlainString());
    } else if (value instanceof Number || value instanceof UUID) {
      text.append(value);
    } else {
      escape(text, value.toString());
    }
  }

  private static void escape(StringBuilder text, String value) {
    int from = 0;
    for (int i = 0; i < value.length(); i++) {
      String escaped =
          switch (value.charAt(i)) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
          };
      if (escaped != null) {
        text.append(value, from, i).append(escaped);
        from = i + 1;
      }
    }
    text.append(value, from, value.length());
  }
}
