package dev.synth.generate;

import dev.synth.config.ColumnConfig;
import dev.synth.schema.Column;
import dev.synth.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Honours a user's rule on a column that must stay unique: a list of values is dealt out without
 * repeats, a faker expression gets the row's index woven in ({@code ann.lee+17@example.com}), a
 * range is walked injectively. A fixed value cannot be unique and is refused.
 *
 * <pre>{@code
 * UniqueGenerator emails = UniqueRules.forRule(table, email, ColumnConfig.faker("#{Internet.emailAddress}"), Bounds.NONE);
 * }</pre>
 */
public final class UniqueRules {
  private UniqueRules() {}

  /**
   * @throws IllegalArgumentException when the rule cannot give distinct values
   */
  public static UniqueGenerator forRule(
      Table table, Column column, ColumnConfig rule, Bounds checks) {
    if (rule.value() != null) {
      throw new IllegalArgumentException(
          "the column is unique, but its rule 'value: "
              + rule.value()
              + "' gives every row the same value; use values, faker or min/max");
    }
    if (!rule.values().isEmpty()) {
      return dealt(column, rule);
    }
    if (rule.faker() != null) {
      return faked(column, FakerExpression.forColumn(column, rule.faker()));
    }
    Bounds bounds = checks;
    if (rule.min() != null) {
      bounds = bounds.withMin(bound(column, rule.min()), true);
    }
    if (rule.max() != null) {
      bounds = bounds.withMax(bound(column, rule.max()), true);
    }
    return UniqueGenerators.forColumn(table, column, bounds);
  }

  private static Object bound(Column column, Object value) {
    return column.type().kind().isNumeric()
        ? JavaValues.number(value)
        : JavaValues.convert(column, value);
  }

  private static UniqueGenerator dealt(Column column, ColumnConfig rule) {
    List<Object> values = new ArrayList<>();
    rule.values().keySet().forEach(v -> values.add(JavaValues.convert(column, v)));
    return new UniqueGenerator() {
      @Override
      public long capacity() {
        return values.size();
      }

      @Override
      public Object at(long index, Cell cell) {
        return values.get((int) index);
      }

      @Override
      public String describe() {
        return "one each of " + values;
      }
    };
  }

  /**
   * Distinct values in the shape of any text generator: its value with the index appended ({@code
   * "Sleek Granite Chair-17"}).
   */
  public static UniqueGenerator numbered(Column column, GeneratorChoice text) {
    return faked(column, text);
  }

  private static UniqueGenerator faked(Column column, GeneratorChoice faker) {
    int length = column.type().length();
    long capacity = length == 0 ? Long.MAX_VALUE : digitsCapacity(length - 1);
    return new UniqueGenerator() {
      @Override
      public long capacity() {
        return capacity;
      }

      @Override
      public Object at(long index, Cell cell) {
        return withIndex(String.valueOf(faker.generator().next(cell)), index, length);
      }

      @Override
      public String describe() {
        return faker.description() + " with the row number woven in";
      }
    };
  }

  /** The index after the last separator makes the text injective, whatever the faked part. */
  static String withIndex(String text, long index, int length) {
    int at = text.lastIndexOf('@');
    String head = at < 0 ? text : text.substring(0, at);
    String tail = at < 0 ? "" : text.substring(at);
    String suffix = (at < 0 ? "-" : "+") + index;
    if (length > 0) {
      int room = length - suffix.length() - tail.length();
      if (room < 0) {
        tail = "";
        room = length - suffix.length();
      }
      head = head.substring(0, Math.min(head.length(), Math.max(0, room)));
    }
    return head + suffix + tail;
  }

  private static long digitsCapacity(int digits) {
    if (digits <= 0) {
      return 0;
    }
    long c = 1;
    for (int i = 0; i < Math.min(digits, 18); i++) {
      c *= 10;
    }
    return c;
  }
}
