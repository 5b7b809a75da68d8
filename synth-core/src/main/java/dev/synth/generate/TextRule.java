package dev.synth.generate;

import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A column-name rule for realistic text: which names it recognises and, given the column length (0
 * when unbounded) and the table, what kind of text it produces.
 *
 * @param id the kind's stable id, e.g. {@code email}: a profile stores it, so it never changes
 * @param names whether a column name (in its table's context) denotes this kind
 * @param kind the text kind for a column length and table
 */
record TextRule(
    String id,
    BiPredicate<ColumnName, TableContext> names,
    BiFunction<Integer, TableContext, TextKind> kind) {

  /** A rule whose text does not depend on the column length or the table. */
  static TextRule of(
      String id,
      String label,
      Predicate<ColumnName> names,
      int minLength,
      Function<Cell, String> value) {
    TextKind kind = new TextKind(label, minLength, value);
    return new TextRule(id, (n, t) -> names.test(n), (length, t) -> kind);
  }

  /**
   * What a recognised column holds.
   *
   * @param label what the dry run shows, e.g. {@code email (Datafaker name)}
   * @param minLength the shortest column that still holds a meaningful value
   * @param value the text for a cell, before it is cut to the column length
   */
  record TextKind(String label, int minLength, Function<Cell, String> value) {}
}
