package dev.synth.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a script at the semicolons that are code: not inside {@code '...'} strings, {@code "..."} or
 * {@code `...`} identifiers, {@code --} or {@code /* *\/} comments, or PostgreSQL dollar-quoted
 * bodies ({@code $$...$$}, {@code $tag$...$tag$}). Quotes are doubled to escape them, as in
 * standard SQL; backslash escapes (MySQL's default) and {@code DELIMITER} are not understood.
 */
final class ScriptSplitter {
  private final String text;
  private final List<ScriptStatement> statements = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int codeStart = -1;
  private int codeLine;

  private ScriptSplitter(String text) {
    this.text = text;
  }

  static List<ScriptStatement> split(String script) {
    ScriptSplitter splitter = new ScriptSplitter(script);
    splitter.scan();
    return List.copyOf(splitter.statements);
  }

  private void scan() {
    while (pos < text.length()) {
      char ch = text.charAt(pos);
      if (ch == ';') {
        emit(pos);
        pos++;
      } else if (ch == '-' && next() == '-') {
        skipUntil("\n", pos + 2);
      } else if (ch == '/' && next() == '*') {
        skipUntil("*/", pos + 2);
      } else if (ch == '\'' || ch == '"' || ch == '`') {
        markCode();
        skipUntil(String.valueOf(ch), pos + 1);
      } else if (ch == '$' && dollarTag() != null) {
        markCode();
        skipUntil(dollarTag(), pos + dollarTag().length());
      } else {
        if (!Character.isWhitespace(ch)) {
          markCode();
        }
        advance();
      }
    }
    emit(text.length());
  }

  private char next() {
    return pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
  }

  /** The {@code $tag$} opening at pos, or null when the dollar is something else (e.g. $1). */
  private String dollarTag() {
    int end = pos + 1;
    while (end < text.length()
        && (Character.isLetter(text.charAt(end))
            || text.charAt(end) == '_'
            || (end > pos + 1 && Character.isDigit(text.charAt(end))))) {
      end++;
    }
    if (end < text.length() && text.charAt(end) == '$') {
      return text.substring(pos, end + 1);
    }
    return null;
  }

  /** Moves past the first {@code end} found from {@code from}, or to the end of the text. */
  private void skipUntil(String end, int from) {
    int found = text.indexOf(end, from);
    int stop = found < 0 ? text.length() : found + end.length();
    while (pos < stop) {
      advance();
    }
  }

  private void advance() {
    if (text.charAt(pos) == '\n') {
      line++;
    }
    pos++;
  }

  private void markCode() {
    if (codeStart < 0) {
      codeStart = pos;
      codeLine = line;
    }
  }

  private void emit(int end) {
    if (codeStart >= 0) {
      String sql = text.substring(codeStart, end).strip();
      statements.add(new ScriptStatement(statements.size() + 1, codeLine, sql));
    }
    codeStart = -1;
  }
}
