package dev.synth.bench;

import dev.synth.Synth;
import dev.synth.learn.ProfileOptions;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;

/**
 * Times profiling one PostgreSQL table of 10 columns (default 1,000,000 rows, first argument) and
 * prints the JVM's peak heap use after a GC, which stays flat whatever the row count because every
 * statistic is an aggregate the server computes. A second argument profiles with that epsilon.
 */
public final class ProfileBenchmark {
  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String SCHEMA = "synth_profile_bench";

  private ProfileBenchmark() {}

  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    Double epsilon = args.length > 1 ? Double.valueOf(args[1]) : null;
    try (Connection c = DriverManager.getConnection(URL, "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      st.execute("CREATE SCHEMA " + SCHEMA);
      st.execute(
          "CREATE TABLE "
              + SCHEMA
              + ".wide AS SELECT i AS id, CASE WHEN i % 10 = 0 THEN i ELSE 0 END AS zero_inflated,"
              + " (i % 1000) ^ 3 AS skewed, DATE '2020-01-01' + (i % 2000) AS day,"
              + " 'c' || (i % 40) AS category, CASE WHEN i % 4 = 0 THEN NULL ELSE i END AS maybe,"
              + " md5(i::text) AS hash, i % 2 = 0 AS flag, (i::bigint * 7919) % 100003 AS spread,"
              + " now() - (i % 86400) * INTERVAL '1 second' AS seen"
              + " FROM generate_series(1, "
              + rows
              + ") AS i");
      st.execute("ANALYZE " + SCHEMA + ".wide");
      try {
        run(rows, epsilon);
      } finally {
        st.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
      }
    }
  }

  private static void run(long rows, Double epsilon) {
    try (Synth synth = Synth.connect(URL, "postgres", "")) {
      for (int round = 1; round <= 2; round++) {
        long start = System.nanoTime();
        Profile profile =
            synth.profile(ProfileOptions.defaults().withSchema(SCHEMA).withEpsilon(epsilon));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
            Locale.ROOT,
            "round %d: profiled %,d rows x 10 columns%s in %.2f s; heap in use %d MB; JSON %d bytes%n",
            round,
            rows,
            epsilon == null ? "" : " with epsilon " + epsilon,
            seconds,
            (rt.totalMemory() - rt.freeMemory()) >> 20,
            ProfileFile.toJson(profile).length());
      }
    }
  }
}
