package dev.synth.evaluate;

import dev.synth.profile.Categories;
import dev.synth.profile.Frequency;
import java.util.HashMap;
import java.util.Map;

/**
 * The total variation distance between a categorical column's shares of rows in two tables: one
 * share per value the reference kept, one for "other" (values the reference suppressed as rare, and
 * on the synthetic side every value the reference does not name), and one for NULL, all as shares
 * of the table's rows so that they sum to 1 on each side.
 */
final class CategoryDistance {
  private CategoryDistance() {}

  static double tvd(
      Categories reference,
      double referenceNulls,
      long referenceRows,
      Categories synthetic,
      double syntheticNulls,
      long syntheticRows) {
    Map<String, Long> syntheticCounts = new HashMap<>();
    synthetic.values().forEach(f -> syntheticCounts.put(f.value(), f.count()));
    double sum = Math.abs(referenceNulls - syntheticNulls);
    for (Frequency f : reference.values()) {
      double r = f.count() / (double) referenceRows;
      double s = syntheticCounts.getOrDefault(f.value(), 0L) / (double) syntheticRows;
      sum += Math.abs(r - s);
    }
    // A value the reference does not keep belongs to "other" on the synthetic side as well.
    long syntheticOther =
        synthetic.other()
            + synthetic.values().stream()
                .filter(f -> !named(reference, f.value()))
                .mapToLong(Frequency::count)
                .sum();
    sum +=
        Math.abs(
            reference.other() / (double) referenceRows - syntheticOther / (double) syntheticRows);
    return sum / 2;
  }

  private static boolean named(Categories reference, String value) {
    return reference.values().stream().anyMatch(f -> f.value().equals(value));
  }
}
