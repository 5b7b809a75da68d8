package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.Table;

/** What a table's name and sibling columns say about what a column means. */
record TableContext(ColumnName table, boolean hasAddress, boolean ordersLike) {

  static TableContext of(Table table) {
    ColumnName t = ColumnName.of(table.name().name());
    boolean address = false;
    for (Column c : table.columns()) {
      ColumnName n = ColumnName.of(c.name());
      address |= n.contains("city", "zip", "postal", "postcode", "country", "street");
    }
    address |= t.contains("address", "location");
    boolean orders = t.contains("order", "invoice", "payment", "shipment", "purchase", "booking");
    return new TableContext(t, address, orders);
  }

  /** Whether rows of this table are people: a {@code name} column holds a person's name. */
  boolean people() {
    return table.contains(
        "customer",
        "person",
        "people",
        "user",
        "employee",
        "staff",
        "author",
        "contact",
        "member",
        "student",
        "patient",
        "client",
        "account",
        "owner");
  }

  boolean organisations() {
    return table.contains(
        "company",
        "companies",
        "organisation",
        "organization",
        "supplier",
        "vendor",
        "employer",
        "partner",
        "manufacturer");
  }
}
