package dev.synth.profile;

import java.util.List;
import java.util.Objects;

/**
 * What one foreign key looks like in the source: how often it is NULL, how many children each
 * parent has, parents without children included, and for a key that references its own table, how
 * many rows sit at each depth of the tree it makes.
 *
 * <pre>{@code
 * ForeignKeyProfile fk = new ForeignKeyProfile("FK_ORDER_CUSTOMER", List.of("CUSTOMER_ID"),
 *     "PUBLIC", "CUSTOMER", 0.0, List.of(new FanOutBucket(0, 0, 3), new FanOutBucket(1, 1, 7)),
 *     List.of());
 * ForeignKeyProfile manager = new ForeignKeyProfile("FK_MANAGER", List.of("MANAGER_ID"),
 *     "PUBLIC", "EMPLOYEE", 0.1, List.of(),
 *     List.of(new DepthCount(0, 10), new DepthCount(1, 40), new DepthCount(2, 50)));
 * }</pre>
 *
 * @param name the constraint name
 * @param columns the referencing columns
 * @param targetSchema the schema of the referenced table
 * @param targetTable the referenced table
 * @param nullFraction the share of child rows with a NULL in any referencing column
 * @param children the children-per-parent histogram, by ascending bucket
 * @param depths for a self-reference, the rows per depth by ascending depth, starting at the roots
 *     (depth 0); a level of fewer than k rows is merged into the level above it, so depths may skip
 *     a number; empty when the key references another table or too few rows were seen
 */
public record ForeignKeyProfile(
    String name,
    List<String> columns,
    String targetSchema,
    String targetTable,
    double nullFraction,
    List<FanOutBucket> children,
    List<DepthCount> depths) {
  public ForeignKeyProfile {
    Objects.requireNonNull(name, "name of a foreign key profile");
    columns = List.copyOf(columns);
    Objects.requireNonNull(targetSchema, "targetSchema of foreign key " + name);
    Objects.requireNonNull(targetTable, "targetTable of foreign key " + name);
    Fractions.check(nullFraction, "nullFraction of foreign key " + name);
    children = children == null ? List.of() : List.copyOf(children);
    depths = depths == null ? List.of() : List.copyOf(depths);
    checkDepths(depths, name);
  }

  private static void checkDepths(List<DepthCount> depths, String name) {
    int expectedAtLeast = 0;
    for (int i = 0; i < depths.size(); i++) {
      int depth = depths.get(i).depth();
      boolean ok = i == 0 ? depth == 0 : depth >= expectedAtLeast;
      expectedAtLeast = depth + 1;
      if (!ok) {
        throw new IllegalArgumentException(
            "depths of foreign key "
                + name
                + " must start at depth 0 and ascend but were "
                + depths.stream().map(DepthCount::depth).toList());
      }
    }
  }

  /**
   * Whether this key's referencing columns are {@code others}, in order, ignoring case: how a key
   * of a database is found in a profile learned from another one.
   */
  public boolean hasColumns(List<String> others) {
    if (others.size() != columns.size()) {
      return false;
    }
    for (int i = 0; i < others.size(); i++) {
      if (!others.get(i).equalsIgnoreCase(columns.get(i))) {
        return false;
      }
    }
    return true;
  }
}
