package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.util.Collection;
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
 * SemanticGenerators.kindOf(customer, emailColumn);                      // Optional[email]
 * SemanticGenerators.forKind("email", customer, c7Column, Bounds.NONE);  // emails in c7
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

  /**
   * The stable id of the kind of text the column's name denotes ({@code email}, {@code first-name},
   * {@code city}...), or empty when the column is not text or its name means nothing known. The ids
   * are those {@link #forKind} takes; a profile stores them.
   */
  public static Optional<String> kindOf(Table table, Column column) {
    if (!column.type().kind().isText()) {
      return Optional.empty();
    }
    ColumnName name = ColumnName.of(column.name());
    TableContext context = TableContext.of(table);
    return SemanticText.RULES.stream()
        .filter(r -> r.names().test(name, context))
        .findFirst()
        .map(TextRule::id);
  }

  /**
   * The kind of text most of {@code sample} holds, judged from the values alone: {@code uuid},
   * {@code email}, {@code url}, {@code ip-address}, {@code phone}, or, by Datafaker's English
   * dictionaries, {@code country}, {@code first-name}, {@code last-name}, {@code city} (capitals
   * only). Empty when no kind holds most values or the sample is too small to say; the sample is
   * only read, never kept.
   */
  public static Optional<String> kindOfValues(Collection<String> sample) {
    return ValueKinds.of(sample);
  }

  /**
   * The generator of a kind id from {@link #kindOf} or {@link #kindOfValues} for a text column,
   * whatever its name says: a column {@code c7} known to hold emails gets emails. Empty when the
   * kind is unknown, the column is not text, or the bounds or the column's length leave no room for
   * the kind.
   */
  public static Optional<GeneratorChoice> forKind(
      String kind, Table table, Column column, Bounds bounds) {
    if (!column.type().kind().isText()) {
      return Optional.empty();
    }
    return SemanticText.RULES.stream()
        .filter(r -> r.id().equals(kind))
        .findFirst()
        .flatMap(rule -> generator(rule, TableContext.of(table), column, bounds));
  }

  private static Optional<GeneratorChoice> text(
      Table table, Column column, ColumnName name, Bounds bounds) {
    TableContext context = TableContext.of(table);
    return SemanticText.RULES.stream()
        .filter(r -> r.names().test(name, context))
        .findFirst()
        .flatMap(rule -> generator(rule, context, column, bounds));
  }

  private static Optional<GeneratorChoice> generator(
      TextRule rule, TableContext context, Column column, Bounds bounds) {
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
    TextRule.TextKind kind = rule.kind().apply(max, context);
    if (max > 0 && max < kind.minLength()) {
      return Optional.empty();
    }
    return Optional.of(
        new GeneratorChoice(kind.label(), cell -> cut(kind.value().apply(cell), max)));
  }

  private static String cut(String s, int max) {
    return max > 0 && s.length() > max ? s.substring(0, max).stripTrailing() : s;
  }
}
