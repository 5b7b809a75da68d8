package dev.synth.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column name split into lower-case words: {@code customer_email}, {@code EMAIL_ADDRESS} and
 * {@code firstName} become {@code [customer, email]}, {@code [email, address]}, {@code [first,
 * name]}; {@code joined} drops the separators ({@code firstname}).
 */
record ColumnName(List<String> tokens, String joined) {

  static ColumnName of(String name) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean camelBreak =
          Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) || camelBreak) {
        flush(word, tokens);
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      }
    }
    flush(word, tokens);
    return new ColumnName(List.copyOf(tokens), String.join("", tokens));
  }

  /** Whether any word is one of the given words. */
  boolean has(String... words) {
    for (String w : words) {
      if (tokens.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name without separators is one of the given forms. */
  boolean is(String... forms) {
    return Set.of(forms).contains(joined);
  }

  /** Whether the name without separators contains one of the given parts. */
  boolean contains(String... parts) {
    for (String p : parts) {
      if (joined.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the last word is one of the given words. */
  boolean endsWith(String... words) {
    String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    return Set.of(words).contains(last);
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
