package dev.synth.bench;

import java.nio.file.Path;

/**
 * Load benchmarks against the local servers; prints figures and never fails on time. Run all parts
 * with {@code ./mvnw -q -pl synth-core test-compile exec:exec@load-benchmark}, or one with {@code
 * -Dsynth.bench.args=pgbench|shop|memory}.
 */
public final class LoadBenchmark {
  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    String part = args.length > 0 ? args[0] : "all";
    boolean all = part.equals("all");
    if (all || part.equals("pgbench")) {
      new PgbenchBenchmark(10).run(6);
    }
    if (all || part.equals("memory")) {
      new MemoryBenchmark("96m").run(1_000_000, 5_000_000);
    }
    if (all || part.equals("shop")) {
      ShopBenchmark shop = new ShopBenchmark(Path.of("..", "examples"), 50);
      for (int round = 0; round < 2; round++) {
        shop.run(ShopBenchmark.Target.POSTGRES);
        shop.run(ShopBenchmark.Target.MARIADB);
      }
    }
  }
}
