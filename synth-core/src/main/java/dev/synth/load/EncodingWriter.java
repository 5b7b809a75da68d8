package dev.synth.load;

/**
 * A {@link RowWriter} whose wire format can be produced away from the connection: {@link
 * RowPipeline} calls {@link #encode} on the generator threads and only {@link #writeEncoded} on the
 * writing thread, so turning values into bytes does not hold up the database.
 *
 * @param <T> the encoded form of a chunk of rows
 */
interface EncodingWriter<T> extends RowWriter {

  /** Encodes rows, in order; thread-safe and free of the writer's state. */
  T encode(Object[][] rows);

  /** Sends a chunk {@link #encode} produced, after everything written before it. */
  void writeEncoded(T encoded, int rows);
}
