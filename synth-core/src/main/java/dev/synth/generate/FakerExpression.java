package dev.synth.generate;

import dev.synth.schema.Column;

/** A user's Datafaker expression, checked once and converted to the column's type. */
final class FakerExpression {
  private FakerExpression() {}

  static GeneratorChoice forColumn(Column column, String expression) {
    ValueGenerator g = cell -> fit(column, cell.faker().expression(expression));
    try {
      g.next(Cell.of(0, 0, other -> null));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "faker expression '"
              + expression
              + "' of column "
              + column.name()
              + " "
              + column.type()
              + " is invalid: "
              + e.getMessage()
              + "; see https://www.datafaker.net/documentation/expressions/",
          e);
    }
    return new GeneratorChoice(expression + " (Datafaker expression)", g);
  }

  /** Text is cut to the column length; other types are converted from the text. */
  private static Object fit(Column column, String text) {
    int length = column.type().length();
    if (column.type().kind().isText()) {
      return length > 0 && text.length() > length ? text.substring(0, length) : text;
    }
    return JavaValues.convert(column, text);
  }
}
