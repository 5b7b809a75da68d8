package dev.synth.introspect;

import java.util.ArrayList;
import java.util.List;

/**
 * The members of a MySQL {@code ENUM} or {@code SET} declaration, read from its quoted list with
 * SQL's doubled quotes: {@code set('a','it''s')} holds {@code a} and {@code it's}.
 *
 * <pre>{@code
 * QuotedList.members("set('red','green')"); // [red, green]
 * }</pre>
 */
final class QuotedList {
  private QuotedList() {}

  static List<String> members(String declaration) {
    List<String> members = new ArrayList<>();
    int open = declaration.indexOf('(');
    if (open < 0) {
      return members;
    }
    StringBuilder current = null;
    for (int i = open + 1; i < declaration.length(); i++) {
      char ch = declaration.charAt(i);
      if (current == null) {
        if (ch == '\'') {
          current = new StringBuilder();
        } else if (ch == ')') {
          break;
        }
      } else if (ch == '\'' && i + 1 < declaration.length() && declaration.charAt(i + 1) == '\'') {
        current.append('\'');
        i++;
      } else if (ch == '\'') {
        members.add(current.toString());
        current = null;
      } else {
        current.append(ch);
      }
    }
    return members;
  }
}
