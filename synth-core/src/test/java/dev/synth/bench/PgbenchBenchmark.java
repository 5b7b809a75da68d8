package dev.synth.bench;

import dev.synth.PopulateReport;
import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fills pgbench's schema with Synth and times it against {@code pgbench -i -s N --foreign-keys} on
 * the same server, in the same run. Both start from nothing to fill: pgbench creates its tables,
 * and Synth fills what {@code pgbench -i -I dtpf} leaves (tables with primary and foreign keys, no
 * rows). The first round includes the JVM's warm-up; later rounds show a warm engine.
 */
final class PgbenchBenchmark {
  private final int scale;
  private final Pgbench pgbench = new Pgbench("synth_bench");

  PgbenchBenchmark(int scale) {
    this.scale = scale;
  }

  void run(int rounds) throws Exception {
    pgbench.recreateDatabase();
    List<Double> warmRatios = new ArrayList<>();
    try {
      for (int round = 1; round <= rounds; round++) {
        double nativeSeconds = pgbench.init("-s", Integer.toString(scale), "--foreign-keys");
        pgbench.init("-I", "dtpf", "-s", Integer.toString(scale));
        double synthSeconds = synth();
        System.out.printf(
            "pgbench round %d%s: pgbench -i -s %d --foreign-keys %.2f s, synth %.2f s,"
                + " ratio %.2f%n",
            round,
            round == 1 ? " (cold JVM)" : "",
            scale,
            nativeSeconds,
            synthSeconds,
            synthSeconds / nativeSeconds);
        if (round > 1) {
          warmRatios.add(synthSeconds / nativeSeconds);
        }
      }
    } finally {
      pgbench.dropDatabase();
    }
    Collections.sort(warmRatios);
    if (!warmRatios.isEmpty()) {
      System.out.printf(
          "pgbench: median ratio of the warm rounds %.2f (target <= 1.5)%n",
          warmRatios.get(warmRatios.size() / 2));
    }
  }

  private double synth() {
    long accounts = 100_000L * scale;
    SynthConfig config =
        SynthConfig.defaults()
            .withTable("pgbench_branches", TableConfig.DEFAULT.withRows(scale))
            .withTable("pgbench_tellers", TableConfig.DEFAULT.withRows(10L * scale))
            .withTable("pgbench_accounts", TableConfig.DEFAULT.withRows(accounts))
            .withTable("pgbench_history", TableConfig.DEFAULT.withRows(0));
    long start = System.nanoTime();
    try (Synth synth = Synth.connect(pgbench.url(), "postgres", "")) {
      PopulateReport report = synth.populate(config);
      if (report.rows("pgbench_accounts") != accounts) {
        throw new IllegalStateException("expected " + accounts + " accounts but " + report);
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
