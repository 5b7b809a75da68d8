package dev.synth.load;

import dev.synth.generate.TableGenerator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * Generates a table's rows on worker threads, chunk by chunk, and hands them to the writer in row
 * order. Rows are pure functions of their index, so the thread count never changes the data; a
 * bounded window of chunks in flight keeps memory flat whatever the row count.
 *
 * <pre>{@code
 * new RowPipeline(workers, 1000, 4).run(generator, writer);
 * }</pre>
 */
final class RowPipeline {
  private final ExecutorService workers;
  private final int chunk;
  private final int window;

  RowPipeline(ExecutorService workers, int chunk, int window) {
    this.workers = workers;
    this.chunk = chunk;
    this.window = window;
  }

  /** Writes every row of the table; an {@link EncodingWriter} gets its chunks encoded here too. */
  void run(TableGenerator generator, RowWriter writer) {
    if (writer instanceof EncodingWriter<?> encoding) {
      runEncoded(generator, encoding);
    } else {
      run(generator, rows -> rows, (rows, count) -> writeEach(writer, rows));
    }
  }

  private <T> void runEncoded(TableGenerator generator, EncodingWriter<T> writer) {
    run(generator, writer::encode, writer::writeEncoded);
  }

  private static void writeEach(RowWriter writer, Object[][] rows) {
    for (Object[] row : rows) {
      writer.write(row);
    }
  }

  /** Generates and {@code prepare}s chunks on the workers; {@code sink} takes them in row order. */
  private <T> void run(
      TableGenerator generator, Function<Object[][], T> prepare, ObjIntConsumer<T> sink) {
    long rows = generator.rows();
    Deque<Chunk<T>> inFlight = new ArrayDeque<>();
    long next = 0;
    while (next < rows || !inFlight.isEmpty()) {
      while (next < rows && inFlight.size() < window) {
        long from = next;
        int size = (int) Math.min(chunk, rows - from);
        inFlight.add(
            new Chunk<>(
                size,
                CompletableFuture.supplyAsync(
                    () -> prepare.apply(generate(generator, from, size)), workers)));
        next += size;
      }
      Chunk<T> done = inFlight.poll();
      sink.accept(await(done.future()), done.size());
    }
  }

  private record Chunk<T>(int size, CompletableFuture<T> future) {}

  private static Object[][] generate(TableGenerator generator, long from, int size) {
    Object[][] out = new Object[size][];
    for (int i = 0; i < size; i++) {
      out[i] = generator.row(from + i);
    }
    return out;
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating rows", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
