package dev.synth;

import java.util.List;

/**
 * What a populate run wrote.
 *
 * <pre>{@code
 * PopulateReport report = synth.populate(config);
 * report.rows("customer"); // 1000
 * }</pre>
 *
 * @param seed the seed the data derives from
 * @param tables one entry per filled table, in insertion order
 */
public record PopulateReport(long seed, List<TableReport> tables) {
  public PopulateReport {
    tables = List.copyOf(tables);
  }

  /** Rows written into a table, by case-insensitive name; 0 when it was not filled. */
  public long rows(String table) {
    return tables.stream()
        .filter(
            t ->
                t.table().equalsIgnoreCase(table) || unqualified(t.table()).equalsIgnoreCase(table))
        .mapToLong(TableReport::rows)
        .sum();
  }

  private static String unqualified(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  public long totalRows() {
    return tables.stream().mapToLong(TableReport::rows).sum();
  }

  /**
   * One table's figures.
   *
   * @param table the table name
   * @param rows rows inserted
   * @param seconds wall time spent generating and writing them
   */
  public record TableReport(String table, long rows, double seconds) {
    public double rowsPerSecond() {
      return seconds <= 0 ? rows : rows / seconds;
    }
  }
}
