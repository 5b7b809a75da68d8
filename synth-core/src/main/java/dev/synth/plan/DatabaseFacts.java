package dev.synth.plan;

import dev.synth.schema.Table;
import java.util.List;

/**
 * What the planner needs to know about the target's current contents.
 *
 * <pre>{@code
 * DatabaseFacts facts = DatabaseFacts.empty(); // a fresh database
 * }</pre>
 */
public interface DatabaseFacts {

  /** Rows the table holds now. */
  long rowCount(Table table);

  /** Existing values of some columns (a key), one array per row, in a stable order. */
  List<Object[]> keys(Table table, List<String> columns);

  /** The largest value of an integer column, or {@code null} when the table is empty. */
  Object max(Table table, String column);

  /** Facts of a database whose tables are all empty. */
  static DatabaseFacts empty() {
    return new DatabaseFacts() {
      @Override
      public long rowCount(Table table) {
        return 0;
      }

      @Override
      public List<Object[]> keys(Table table, List<String> columns) {
        return List.of();
      }

      @Override
      public Object max(Table table, String column) {
        return null;
      }
    };
  }
}
