package dev.synth.junit.bench;

import dev.synth.PopulateReport;
import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The steps the extension takes for a class, timed one by one through synth-core's API: schema
 * script, reading the schema and planning ({@code describePlan}), then populate (which reads and
 * plans again, then generates and inserts; the per-table times are generation plus insert).
 */
final class SetupBreakdown {
  private static int round;

  private SetupBreakdown() {}

  /** Milliseconds of: open, script, introspect+plan, populate, of which tables, shutdown. */
  static double[] measure(SynthConfig config) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:breakdown-" + round++ + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    double[] ms = new double[7];
    long t0 = System.nanoTime();
    try (Connection keep = ds.getConnection()) {
      long t1 = System.nanoTime();
      Synth synth = Synth.using(ds);
      synth.runScript(script(), "bench/shop.sql");
      long t2 = System.nanoTime();
      synth.describePlan(config);
      long t3 = System.nanoTime();
      PopulateReport report = synth.populate(config);
      long t4 = System.nanoTime();
      try (Statement st = keep.createStatement()) {
        st.execute("SHUTDOWN");
      }
      long t5 = System.nanoTime();
      double tables = report.tables().stream().mapToDouble(t -> t.seconds() * 1e3).sum();
      ms[0] = (t1 - t0) / 1e6;
      ms[1] = (t2 - t1) / 1e6;
      ms[2] = (t3 - t2) / 1e6;
      ms[3] = (t4 - t3) / 1e6;
      ms[4] = tables;
      ms[5] = (t5 - t4) / 1e6;
      ms[6] = report.totalRows();
      return ms;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void print(List<double[]> rounds) {
    String[] names = {
      "open in-memory H2",
      "schema script",
      "read schema + plan",
      "populate (read + plan + generate + insert)",
      "  of which generate + insert (sum of tables)",
      "shutdown",
    };
    System.out.printf("where the time goes (median of %d rounds):%n", rounds.size());
    for (int i = 0; i < names.length; i++) {
      int column = i;
      double[] values = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
      System.out.printf("  %-46s %6.1f ms%n", names[i], values[values.length / 2]);
    }
    System.out.printf("  rows written per class: %.0f%n", rounds.get(0)[6]);
  }

  private static String script() {
    try (InputStream in =
        SetupBreakdown.class.getClassLoader().getResourceAsStream("bench/shop.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
