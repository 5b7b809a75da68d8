package dev.synth.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rows for one table, inside {@link SyntheticData#tables()}.
 *
 * <pre>{@code
 * @SyntheticData(schema = "classpath:db/schema.sql", tables = @TableRows(table = "orders", rows = 500))
 * }</pre>
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TableRows {
  /** The table, as named in the schema (any case). */
  String table();

  /** Rows to generate; 0 leaves the table empty. */
  long rows();
}
