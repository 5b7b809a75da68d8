package dev.synth.profile;

import java.util.List;
import java.util.Objects;

/**
 * What one foreign key looks like in the source: how often it is NULL and how many children each
 * parent has, parents without children included.
 *
 * <pre>{@code
 * ForeignKeyProfile fk = new ForeignKeyProfile("FK_ORDER_CUSTOMER", List.of("CUSTOMER_ID"),
 *     "PUBLIC", "CUSTOMER", 0.0, List.of(new FanOutBucket(0, 0, 3), new FanOutBucket(1, 1, 7)));
 * }</pre>
 *
 * @param name the constraint name
 * @param columns the referencing columns
 * @param targetSchema the schema of the referenced table
 * @param targetTable the referenced table
 * @param nullFraction the share of child rows with a NULL in any referencing column
 * @param children the children-per-parent histogram, by ascending bucket
 */
public record ForeignKeyProfile(
    String name,
    List<String> columns,
    String targetSchema,
    String targetTable,
    double nullFraction,
    List<FanOutBucket> children) {
  public ForeignKeyProfile {
    Objects.requireNonNull(name, "name of a foreign key profile");
    columns = List.copyOf(columns);
    Objects.requireNonNull(targetSchema, "targetSchema of foreign key " + name);
    Objects.requireNonNull(targetTable, "targetTable of foreign key " + name);
    Fractions.check(nullFraction, "nullFraction of foreign key " + name);
    children = children == null ? List.of() : List.copyOf(children);
  }
}
