package dev.synth.junit;

import java.util.List;
import java.util.Map;

/**
 * What a test's database holds: the seed, the row counts and the rows themselves.
 *
 * <pre>{@code
 * Map<String, Object> customer = data.rows("customer").get(0);
 * long orders = data.rowCount("orders");
 * }</pre>
 */
public interface SyntheticDataset {

  /** The seed the data derives from; set {@code -Dsynth.seed} to it to replay. */
  long seed();

  /** Where the seed came from: method, class, system property, default or random. */
  String seedSource();

  /** Rows each filled table received, by table name as the database spells it. */
  Map<String, Long> rowCounts();

  /** Rows the run wrote into a table (case-insensitive name); 0 when it was not filled. */
  long rowCount(String table);

  /**
   * The table's rows as committed by the population (not the test's own changes), keyed by column
   * name as the database spells it, in primary-key order.
   */
  List<Map<String, Object>> rows(String table);
}
