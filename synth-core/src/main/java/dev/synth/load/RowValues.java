package dev.synth.load;

import java.util.ArrayList;
import java.util.List;

/** Shows some values of a failed row in a message, e.g. {@code (EMAIL)=('ada@example.com')}. */
final class RowValues {
  private static final int MAX_VALUE_LENGTH = 40;

  private RowValues() {}

  static String describe(List<String> columns, List<Binding> bindings, Object[] row) {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (String column : columns) {
      for (int i = 0; i < bindings.size(); i++) {
        if (bindings.get(i).column().name().equalsIgnoreCase(column)) {
          names.add(column);
          values.add(show(row[i]));
          break;
        }
      }
    }
    return "(" + String.join(", ", names) + ")=(" + String.join(", ", values) + ")";
  }

  private static String show(Object value) {
    if (value == null) {
      return "NULL";
    }
    String text = value instanceof byte[] bytes ? bytes.length + " bytes" : value.toString();
    if (text.length() > MAX_VALUE_LENGTH) {
      text = text.substring(0, MAX_VALUE_LENGTH) + "...";
    }
    return value instanceof CharSequence ? "'" + text + "'" : text;
  }
}
