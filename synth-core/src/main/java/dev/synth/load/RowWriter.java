package dev.synth.load;

/**
 * Sends rows of one table to the database in batches, inside the caller's transaction: it never
 * commits or rolls back. {@link #close()} sends what is still buffered.
 *
 * <pre>{@code
 * try (RowWriter w = Writers.batchInsert(connection, customer, List.of("ID", "EMAIL"), 1000)) {
 *   w.write(new Object[] {1L, "ada@example.com"});
 * }
 * connection.commit();
 * }</pre>
 */
public interface RowWriter extends AutoCloseable {

  /**
   * Buffers one row, its values in the writer's column order, and sends the batch when full.
   *
   * @throws dev.synth.LoadException when the database refuses a batch
   */
  void write(Object[] row);

  /** Rows the database has accepted so far (buffered rows count once sent). */
  long written();

  /** Sends the buffered rows and releases the statement. */
  @Override
  void close();
}
