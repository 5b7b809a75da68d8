package dev.synth.config;

/**
 * Sizes a child table by its parent: each parent row gets between {@code min} and {@code max}
 * children.
 *
 * <pre>{@code
 * new PerParent("orders", 1, 5); // every order has 1 to 5 items
 * }</pre>
 *
 * @param table the parent table (a table the child references)
 * @param min fewest children per parent, {@code >= 0}
 * @param max most children per parent, {@code >= min}
 */
public record PerParent(String table, int min, int max) {
  public PerParent {
    if (table == null || table.isBlank()) {
      throw new IllegalArgumentException("perParent.table must name the parent table");
    }
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "perParent needs 0 <= min <= max but was min=" + min + ", max=" + max);
    }
  }
}
