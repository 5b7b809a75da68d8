package dev.synth.load;

import dev.synth.generate.TableGenerator;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Generates a table's rows on worker threads, chunk by chunk, and hands them to the writer in row
 * order. Rows are pure functions of their index, so the thread count never changes the data; a
 * bounded window of chunks in flight keeps memory flat whatever the row count.
 *
 * <pre>{@code
 * new RowPipeline(workers, 1000, 4).run(generator, writer::write);
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

  void run(TableGenerator generator, Consumer<Object[]> sink) {
    long rows = generator.rows();
    Deque<CompletableFuture<Object[][]>> inFlight = new ArrayDeque<>();
    long next = 0;
    while (next < rows || !inFlight.isEmpty()) {
      while (next < rows && inFlight.size() < window) {
        long from = next;
        int size = (int) Math.min(chunk, rows - from);
        inFlight.add(CompletableFuture.supplyAsync(() -> generate(generator, from, size), workers));
        next += size;
      }
      for (Object[] row : await(inFlight.poll())) {
        sink.accept(row);
      }
    }
  }

  private static Object[][] generate(TableGenerator generator, long from, int size) {
    Object[][] out = new Object[size][];
    for (int i = 0; i < size; i++) {
      out[i] = generator.row(from + i);
    }
    return out;
  }

  private static Object[][] await(CompletableFuture<Object[][]> future) {
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
