package dev.synth.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * How alike the children-per-parent histograms of one foreign key are: 1 minus the total variation
 * distance between the shares of parents in each of the reference's buckets, synthetic parents
 * whose child count no reference bucket holds falling in one extra bin.
 *
 * <pre>{@code
 * FanOutSimilarity items = new FanOutSimilarity("ORDER_ITEM", "FK_ITEM_ORDER",
 *     List.of("ORDER_ID"), "ORDERS", 0.92);
 * }</pre>
 *
 * @param table the referencing table
 * @param foreignKey the constraint's name in the reference
 * @param columns the referencing columns
 * @param targetTable the referenced table
 * @param similarity 1 minus the total variation distance, in [0, 1]
 */
public record FanOutSimilarity(
    String table, String foreignKey, List<String> columns, String targetTable, double similarity) {
  public FanOutSimilarity {
    Objects.requireNonNull(table, "table of a fan-out similarity");
    Objects.requireNonNull(foreignKey, "foreign key of a fan-out similarity in " + table);
    columns = List.copyOf(columns);
    Objects.requireNonNull(targetTable, "target table of foreign key " + foreignKey);
    Shares.check(similarity, "fan-out similarity of foreign key " + foreignKey);
  }
}
