package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.TypeKind;
import java.util.Set;

/** Lorem-ipsum text that fits a column's length and length bounds. */
final class TextGenerators {
  private static final int UNBOUNDED_VARCHAR = 255;
  private static final int UNBOUNDED_CLOB = 4000;
  private static final int TYPICAL_VARCHAR = 30;

  private TextGenerators() {}

  static GeneratorChoice text(Column column, Bounds bounds) {
    if (bounds.min() != null || bounds.max() != null) {
      throw Impossible.bounds(column, bounds, "ranges on text values are not supported");
    }
    TypeKind kind = column.type().kind();
    int length = column.type().length();
    int max = length > 0 ? length : kind == TypeKind.CLOB ? UNBOUNDED_CLOB : UNBOUNDED_VARCHAR;
    if (bounds.maxLength() > 0) {
      max = Math.min(max, bounds.maxLength());
    }
    int min = kind == TypeKind.CHAR ? max : Math.max(1, bounds.minLength());
    if (min > max) {
      throw Impossible.bounds(column, bounds, "no text length is left");
    }
    int typicalMax = kind == TypeKind.VARCHAR ? Math.max(min, Math.min(max, TYPICAL_VARCHAR)) : max;
    Set<Object> excluded = Set.copyOf(bounds.excluded());
    int lo = min;
    ValueGenerator words =
        kind == TypeKind.CLOB
            ? cell -> fit(sentences(cell), lo, typicalMax, cell)
            : cell -> {
              int target = lo + cell.nextInt(typicalMax - lo + 1);
              return fit("", target, target, cell);
            };
    String desc =
        kind
            + (length > 0 ? "(" + length + ")" : "")
            + (kind == TypeKind.CLOB ? " sentences" : " words")
            + ", length "
            + min
            + ".."
            + typicalMax;
    return new GeneratorChoice(desc, excluded.isEmpty() ? words : avoiding(words, excluded));
  }

  /** Redraws from the same cell stream while the value is excluded. */
  static ValueGenerator avoiding(ValueGenerator g, Set<Object> excluded) {
    return cell -> {
      for (int attempt = 0; attempt < 100; attempt++) {
        Object v = g.next(cell);
        if (!excluded.contains(v)) {
          return v;
        }
      }
      throw new IllegalStateException("every value drawn was excluded: " + excluded);
    };
  }

  /** The text cut or extended with lorem words to a length in {@code [min, max]}. */
  static String fit(String text, int min, int max, Cell cell) {
    StringBuilder s = new StringBuilder(Math.min(max, 4096) + 16).append(text);
    while (s.length() < min) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(LoremWords.pick(cell));
    }
    if (s.length() > max) {
      s.setLength(max);
    }
    int last = s.length() - 1;
    if (last >= 0 && s.charAt(last) == ' ') {
      s.setCharAt(last, 'a');
    }
    return s.toString();
  }

  private static String sentences(Cell cell) {
    var lorem = cell.faker().lorem();
    int count = 2 + cell.nextInt(3);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(lorem.sentence());
    }
    return s.toString();
  }
}
