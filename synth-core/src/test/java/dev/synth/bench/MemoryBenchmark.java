package dev.synth.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills pgbench's accounts table with 1M and then 5M rows, each in a fresh JVM with the same small
 * heap, and prints the heap each run needed: rows are generated and streamed in bounded chunks, so
 * the figures should not grow with the row count.
 */
final class MemoryBenchmark {
  private final String heap;

  MemoryBenchmark(String heap) {
    this.heap = heap;
  }

  void run(long... rowCounts) throws IOException, InterruptedException {
    for (long rows : rowCounts) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx" + heap);
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(MemoryRun.class.getName());
      command.add(Long.toString(rows));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("memory run with " + rows + " rows failed:\n" + output);
      }
      output.lines().filter(line -> line.startsWith("memory:")).forEach(System.out::println);
    }
  }
}
