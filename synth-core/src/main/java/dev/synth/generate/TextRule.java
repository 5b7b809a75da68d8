package dev.synth.generate;

import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A realistic kind of text recognised by column name.
 *
 * @param label what the dry run shows, e.g. {@code email (Datafaker name)}
 * @param names whether a column name (and its table's context) denotes this kind
 * @param minLength the shortest column that still holds a meaningful value
 * @param value the text for a cell, before it is cut to the column length
 */
record TextRule(
    String label,
    BiPredicate<ColumnName, TableContext> names,
    int minLength,
    Function<Cell, String> value) {

  static TextRule of(
      String label,
      java.util.function.Predicate<ColumnName> names,
      int minLength,
      Function<Cell, String> value) {
    return new TextRule(label, (n, t) -> names.test(n), minLength, value);
  }
}
