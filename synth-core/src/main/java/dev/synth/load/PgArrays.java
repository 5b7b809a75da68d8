package dev.synth.load;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes a generated array ({@link List}) as PostgreSQL's array text: {@code {"a","b c",NULL}}.
 * Every element is double-quoted, which every element type accepts, so no element needs to be
 * inspected for separators or spaces.
 *
 * <pre>{@code
 * PgArrays.literal(List.of(1, 2));        // {"1","2"}
 * PgArrays.literal(List.of("say \"hi\"")); // {"say \"hi\""}
 * }</pre>
 */
final class PgArrays {
  private static final HexFormat HEX = HexFormat.of();

  private PgArrays() {}

  static String literal(List<?> values) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Object v = values.get(i);
      if (v == null) {
        out.append("NULL");
      } else if (v instanceof List<?> inner) {
        out.append(literal(inner));
      } else {
        quote(out, text(v));
      }
    }
    return out.append('}').toString();
  }

  private static String text(Object v) {
    if (v instanceof Boolean b) {
      return b ? "t" : "f";
    }
    if (v instanceof byte[] bytes) {
      return "\\x" + HEX.formatHex(bytes);
    }
    return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '"' || ch == '\\') {
        out.append('\\');
      }
      out.append(ch);
    }
    out.append('"');
  }
}
