package dev.synth.profile;

/**
 * What the rare-value gate removed from one column, so a reviewer sees it.
 *
 * <pre>{@code
 * Suppression s = new Suppression("PUBLIC", "ORDERS", "STATUS", 3, 8);
 * }</pre>
 *
 * @param schema the table's schema
 * @param table the table
 * @param column the column
 * @param values how many distinct values were merged into "other"
 * @param rows how many rows held those values
 */
public record Suppression(String schema, String table, String column, long values, long rows) {
  public Suppression {
    if (schema == null || table == null || column == null) {
      throw new IllegalArgumentException(
          "a suppression names its schema, table and column but was "
              + schema
              + "."
              + table
              + "."
              + column);
    }
    if (values < 1 || rows < values) {
      throw new IllegalArgumentException(
          "suppression in "
              + table
              + "."
              + column
              + " needs 1 <= values <= rows but was "
              + values
              + " values in "
              + rows
              + " rows");
    }
  }
}
