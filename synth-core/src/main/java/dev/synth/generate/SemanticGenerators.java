package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.util.Optional;

/**
 * Realistic values recognised from a column's name and type: emails, names, addresses, prices,
 * birth dates, {@code updated_at} after {@code created_at}, statuses... A match always fits the
 * column; when the bounds ask for more than a semantic generator can promise, there is no match and
 * the {@link TypeGenerators type generator} is used.
 *
 * <pre>{@code
 * SemanticGenerators.match(customer, emailColumn, Bounds.NONE)
 *     .map(GeneratorChoice::description); // Optional[email (Datafaker name)]
 * }</pre>
 */
public final class SemanticGenerators {
  private SemanticGenerators() {}

  /** The semantic generator for the column, or empty when its name means nothing known. */
  public static Optional<GeneratorChoice> match(Table table, Column column, Bounds bounds) {
    ColumnName name = ColumnName.of(column.name());
    TypeKind kind = column.type().kind();
    if (kind.isText()) {
      return text(table, column, name, bounds);
    }
    if (kind.isNumeric()) {
      return SemanticRanges.number(column, name, bounds);
    }
    if (kind.isTemporal()) {
      return SemanticRanges.temporal(table, column, name, bounds);
    }
    return Optional.empty();
  }

  private static Optional<GeneratorChoice> text(
      Table table, Column column, ColumnName name, Bounds bounds) {
    boolean onlyLength =
        bounds.min() == null
            && bounds.max() == null
            && bounds.allowed().isEmpty()
            && bounds.excluded().isEmpty()
            && bounds.minLength() <= 1;
    if (!onlyLength) {
      return Optional.empty();
    }
    int length = column.type().length();
    int max =
        bounds.maxLength() > 0 && (length == 0 || bounds.maxLength() < length)
            ? bounds.maxLength()
            : length;
    TableContext context = TableContext.of(table);
    for (TextRule rule : SemanticText.RULES) {
      if (rule.names().test(name, context)) {
        TextRule.TextKind kind = rule.kind().apply(max, context);
        if (max > 0 && max < kind.minLength()) {
          return Optional.empty();
        }
        return Optional.of(
            new GeneratorChoice(kind.label(), cell -> cut(kind.value().apply(cell), max)));
      }
    }
    return Optional.empty();
  }

  private static String cut(String s, int max) {
    return max > 0 && s.length() > max ? s.substring(0, max).stripTrailing() : s;
  }
}
