package dev.synth.generate;

import dev.synth.schema.Column;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Small arrays (zero to three elements) of valid values of the element type, as a {@link List} that
 * the loader writes in the database's array syntax.
 *
 * <pre>{@code
 * GeneratorChoice tags = ArrayValues.of(tagsColumn); // "0..3 x VARCHAR text", e.g. [alpha, beta]
 * }</pre>
 */
final class ArrayValues {
  static final int MAX_ELEMENTS = 3;

  private ArrayValues() {}

  /**
   * @throws IllegalArgumentException when the element type is not generated
   */
  static GeneratorChoice of(Column column) {
    Column element = new Column(column.name(), column.type().element(), false, false, null);
    GeneratorChoice elements = TypeGenerators.forType(element, Bounds.NONE);
    return new GeneratorChoice(
        "0.." + MAX_ELEMENTS + " x " + elements.description(),
        cell -> {
          int n = cell.nextInt(MAX_ELEMENTS + 1);
          List<Object> values = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            values.add(elements.generator().next(cell));
          }
          return Collections.unmodifiableList(values);
        });
  }
}
