package dev.synth.schema;

import java.util.Locale;
import java.util.Objects;

/**
 * A table's name with the schema that holds it, as the database reports both.
 *
 * <pre>{@code
 * QualifiedName orders = new QualifiedName("PUBLIC", "ORDERS");
 * orders.matches("orders"); // true: user input matches case-insensitively
 * }</pre>
 *
 * @param schema the schema (or MySQL database) name, empty when the database has none
 * @param name the table name
 */
public record QualifiedName(String schema, String name) {
  public QualifiedName {
    Objects.requireNonNull(schema, "schema");
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("table name must not be empty but was '" + name + "'");
    }
  }

  /** Whether a user-typed name ({@code orders} or {@code public.orders}) denotes this table. */
  public boolean matches(String userName) {
    int dot = userName.lastIndexOf('.');
    if (dot < 0) {
      return name.equalsIgnoreCase(userName) || name.equals(userName);
    }
    return schema.equalsIgnoreCase(userName.substring(0, dot))
        && name.equalsIgnoreCase(userName.substring(dot + 1));
  }

  /**
   * A stable lower-case key used to derive seeds, so quoting style never changes data. The schema
   * is left out: the same seed fills {@code app_dev.orders} and {@code app_test.orders} alike.
   */
  public String seedKey() {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return schema.isEmpty() ? name : schema + "." + name;
  }
}
