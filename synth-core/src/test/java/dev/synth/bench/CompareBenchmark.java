package dev.synth.bench;

import dev.synth.evaluate.CompareOptions;
import dev.synth.evaluate.Comparison;
import dev.synth.evaluate.Evaluation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;

/**
 * Times comparing two PostgreSQL tables of 10 columns (default 1,000,000 rows each, first
 * argument): the source is profiled, the synthetic copy measured on its terms, and both tables'
 * rows streamed once for the exact-match check. Prints the time, the heap in use after a GC (the
 * exact-match set holds at most 8 MB) and the summary.
 */
public final class CompareBenchmark {
  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String SOURCE = "synth_compare_bench";
  private static final String SYNTHETIC = "synth_compare_bench_out";
  private static final String COLUMNS =
      " AS SELECT i AS id, CASE WHEN i % 10 = 0 THEN i ELSE 0 END AS zero_inflated,"
          + " (i % 1000) ^ 3 AS skewed, DATE '2020-01-01' + (i % 2000) AS day,"
          + " 'c' || (i % 40) AS category, CASE WHEN i % 4 = 0 THEN NULL ELSE i END AS maybe,"
          + " md5(i::text) AS hash, i % 2 = 0 AS flag, (i::bigint * 7919) % 100003 AS spread,"
          + " TIMESTAMP '2024-01-01 00:00:00' - (i % 86400) * INTERVAL '1 second' AS seen"
          + " FROM generate_series(";

  private CompareBenchmark() {}

  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    try (Connection c = DriverManager.getConnection(URL, "postgres", "");
        Statement st = c.createStatement()) {
      for (String schema : new String[] {SOURCE, SYNTHETIC}) {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        st.execute("CREATE SCHEMA " + schema);
      }
      st.execute("CREATE TABLE " + SOURCE + ".wide" + COLUMNS + "1, " + rows + ") AS i");
      // the same shapes drawn from a range shifted by a tenth: a tenth of the rows are copies
      st.execute(
          "CREATE TABLE "
              + SYNTHETIC
              + ".wide"
              + COLUMNS
              + rows * 9 / 10
              + ", "
              + rows * 19 / 10
              + ") AS i");
      st.execute("ANALYZE " + SOURCE + ".wide");
      st.execute("ANALYZE " + SYNTHETIC + ".wide");
      try {
        run(c, rows);
      } finally {
        st.execute("DROP SCHEMA " + SOURCE + " CASCADE");
        st.execute("DROP SCHEMA " + SYNTHETIC + " CASCADE");
      }
    }
  }

  private static void run(Connection c, long rows) {
    CompareOptions options =
        CompareOptions.defaults().withSourceSchema(SOURCE).withSyntheticSchema(SYNTHETIC);
    for (int round = 1; round <= 2; round++) {
      long start = System.nanoTime();
      Comparison comparison = Evaluation.compare(c, c, options);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.gc();
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          Locale.ROOT,
          "round %d: compared %,d with %,d rows x 10 columns in %.2f s; heap in use %d MB%n",
          round,
          rows,
          rows,
          seconds,
          (rt.totalMemory() - rt.freeMemory()) >> 20);
      if (round == 2) {
        System.out.print(comparison.summary());
      }
    }
  }
}
