package dev.synth.generate;

import dev.synth.config.ColumnConfig;
import dev.synth.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generators for what a user configured for a column: a fixed {@code value}, weighted {@code
 * values}, a Datafaker {@code faker} expression, or a {@code min}/{@code max} range. Every literal
 * is converted to the column's Java type up front, so a bad configuration fails before generation.
 *
 * <pre>{@code
 * Overrides.forConfig(status, ColumnConfig.values(Map.of("NEW", 0.2, "PAID", 0.8)));
 * Overrides.forConfig(email, ColumnConfig.faker("#{Internet.emailAddress}"));
 * }</pre>
 */
public final class Overrides {
  private Overrides() {}

  /** Whether the configuration chooses values at all (it may only set a null fraction). */
  public static boolean hasRule(ColumnConfig config) {
    return config.value() != null
        || !config.values().isEmpty()
        || config.faker() != null
        || config.min() != null
        || config.max() != null;
  }

  /**
   * The generator the configuration asks for.
   *
   * @throws IllegalArgumentException when a value does not fit the column, the expression is
   *     invalid, the range is impossible or the configuration chooses no values
   */
  public static GeneratorChoice forConfig(Column column, ColumnConfig config) {
    if (config.value() != null) {
      Object v = JavaValues.convert(column, config.value());
      return new GeneratorChoice("fixed value " + JavaValues.show(v), cell -> v);
    }
    if (!config.values().isEmpty()) {
      return weighted(column, config.values());
    }
    if (config.faker() != null) {
      return FakerExpression.forColumn(column, config.faker());
    }
    if (config.min() != null || config.max() != null) {
      Bounds range = range(column, config);
      // The user's range is the distribution wanted, not a limit around the default window.
      return column.type().kind().isTemporal()
          ? TemporalGenerators.spanning(column, range)
          : TypeGenerators.forType(column, range);
    }
    throw new IllegalArgumentException(
        "configuration of column "
            + column.name()
            + " sets no value, values, faker, min or max; add one or remove the entry");
  }

  private static Bounds range(Column column, ColumnConfig config) {
    Bounds b = Bounds.NONE;
    if (config.min() != null) {
      b = b.withMin(asBound(column, config.min()), true);
    }
    if (config.max() != null) {
      b = b.withMax(asBound(column, config.max()), true);
    }
    return b;
  }

  /** Numbers stay exact ({@link java.math.BigDecimal}); temporals become the column's type. */
  private static Object asBound(Column column, Object value) {
    if (column.type().kind().isNumeric()) {
      try {
        return JavaValues.number(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "value '" + value + "' does not fit column " + column.name() + " " + column.type(), e);
      }
    }
    return JavaValues.convert(column, value);
  }

  private static GeneratorChoice weighted(Column column, Map<Object, Double> weights) {
    List<Object> values = new ArrayList<>();
    double[] cumulative = new double[weights.size()];
    double total = 0;
    for (Map.Entry<Object, Double> e : weights.entrySet()) {
      total += e.getValue();
      cumulative[values.size()] = total;
      values.add(JavaValues.convert(column, e.getKey()));
    }
    if (total <= 0) {
      throw new IllegalArgumentException(
          "weights of column " + column.name() + " must not all be 0 but were " + weights);
    }
    double sum = total;
    return new GeneratorChoice(
        "weighted " + weights,
        cell -> {
          double x = cell.nextDouble() * sum;
          for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
              return values.get(i);
            }
          }
          return values.get(values.size() - 1);
        });
  }
}
