package dev.synth.load;

import dev.synth.plan.DatabaseFacts;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner's view of a live database, read over one connection; row counts are read once.
 *
 * <pre>{@code
 * Plan plan = Planner.plan(schema, config, new JdbcFacts(connection));
 * }</pre>
 */
public final class JdbcFacts implements DatabaseFacts {
  /** Referencing a lookup table needs its keys in memory; beyond this many, only these are used. */
  static final int KEY_LIMIT = 1_000_000;

  private final Connection connection;
  private final Map<Table, Long> counts = new HashMap<>();

  public JdbcFacts(Connection connection) {
    this.connection = connection;
  }

  @Override
  public long rowCount(Table table) {
    return counts.computeIfAbsent(table, t -> TableState.rowCount(connection, t));
  }

  @Override
  public List<Object[]> keys(Table table, List<String> columns) {
    return TableState.keys(connection, table, columns, KEY_LIMIT);
  }

  @Override
  public Object max(Table table, String column) {
    return TableState.max(connection, table, column);
  }
}
