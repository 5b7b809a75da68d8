package dev.synth.bench;

import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One memory measurement in its own JVM: fills pgbench's accounts with the given row count while a
 * sampler records the heap in use and the live heap after each collection.
 */
public final class MemoryRun {
  private static final String DATABASE = "synth_bench_memory";

  private MemoryRun() {}

  public static void main(String[] args) throws Exception {
    long rows = Long.parseLong(args[0]);
    Pgbench pgbench = new Pgbench(DATABASE);
    pgbench.recreateDatabase();
    try {
      pgbench.init("-I", "dtpf", "-s", "1");
      AtomicLong peakUsed = new AtomicLong();
      AtomicLong peakLive = new AtomicLong();
      Thread sampler = new Thread(() -> sample(peakUsed, peakLive), "memory-sampler");
      sampler.setDaemon(true);
      sampler.start();
      long start = System.nanoTime();
      try (Synth synth = Synth.connect(pgbench.url(), "postgres", "")) {
        synth.populate(
            SynthConfig.defaults()
                .withTable("pgbench_accounts", TableConfig.DEFAULT.withRows(rows))
                .withTable("pgbench_history", TableConfig.DEFAULT.withRows(0)));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      sampler.interrupt();
      System.out.printf(
          "memory: %,d rows in %.1f s with -Xmx%d MB: peak heap used %d MB,"
              + " peak live heap after GC %d MB%n",
          rows,
          seconds,
          Runtime.getRuntime().maxMemory() >> 20,
          peakUsed.get() >> 20,
          peakLive.get() >> 20);
    } finally {
      pgbench.dropDatabase();
    }
  }

  private static void sample(AtomicLong peakUsed, AtomicLong peakLive) {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    while (!Thread.currentThread().isInterrupted()) {
      long used = 0;
      long live = 0;
      for (MemoryPoolMXBean pool : heap) {
        used += pool.getUsage().getUsed();
        live += pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed();
      }
      peakUsed.accumulateAndGet(used, Math::max);
      peakLive.accumulateAndGet(live, Math::max);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
