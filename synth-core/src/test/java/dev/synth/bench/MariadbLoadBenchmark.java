package dev.synth.bench;

import dev.synth.LoadException;
import dev.synth.PopulateReport;
import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: loads a six-column table into the local MariaDB with each of Connector/J's batch
 * options, prints rows/s, and prints what a failing row's error says under each option.
 *
 * <pre>
 * ./mvnw -q -pl synth-core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.synth.bench.MariadbLoadBenchmark \\
 *     [-Dexec.args="200000 2 useServerPrepStmts=false|useServerPrepStmts=true"]
 * </pre>
 */
public final class MariadbLoadBenchmark {
  private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
  private static final String TABLE =
      "CREATE TABLE item (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(40) NOT NULL,"
          + " amount DECIMAL(10, 2) NOT NULL, created DATETIME NOT NULL, qty INT NOT NULL,"
          + " note VARCHAR(100) NULL, UNIQUE (name, qty))";
  private static final List<String> OPTIONS =
      List.of(
          "useServerPrepStmts=false&useBulkStmts=false&useBulkStmtsForInserts=false",
          "useServerPrepStmts=false",
          "useServerPrepStmts=false&useBulkStmts=true",
          "useServerPrepStmts=false&useBulkStmtsForInserts=false&rewriteBatchedStatements=true",
          "useServerPrepStmts=true&useBulkStmtsForInserts=false",
          "useServerPrepStmts=true",
          "useServerPrepStmts=true&useBulkStmts=true");

  private MariadbLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<String> options = args.length > 2 ? List.of(args[2].split("\\|")) : OPTIONS;
    for (int round = 0; round < rounds; round++) {
      for (String option : options) {
        System.out.printf(
            Locale.ROOT,
            "round %d %-60s %,10.0f rows/s%n",
            round,
            show(option),
            rate(option, rows));
      }
    }
    for (String option : options) {
      System.out.println(show(option) + ": " + failure(option));
    }
  }

  private static String show(String options) {
    return options.isEmpty() ? "(driver defaults)" : options;
  }

  private static double rate(String options, long rows) throws Exception {
    String db = "synth_bench";
    recreate(db);
    try (Synth synth = Synth.connect(url(db, options), "root", "")) {
      synth.runScript(TABLE, "bench");
      PopulateReport report = synth.populate(SynthConfig.defaults().withRows(rows));
      return report.tables().get(0).rowsPerSecond();
    }
  }

  // The server refuses one row in the middle of the second batch.
  private static String failure(String options) throws Exception {
    String db = "synth_bench";
    recreate(db);
    try (Connection c = DriverManager.getConnection(url(db, ""), "root", "");
        Statement st = c.createStatement()) {
      st.execute(TABLE);
      st.execute(
          "CREATE TRIGGER refuse BEFORE INSERT ON item FOR EACH ROW IF NEW.id = 1500 THEN"
              + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'row 1500 refused'; END IF");
    }
    try (Synth synth = Synth.connect(url(db, options), "root", "")) {
      synth.populate(SynthConfig.defaults().withRows(3000));
      return "no failure";
    } catch (LoadException e) {
      return e.getMessage() + " / rows kept of the failed batch: " + keptOfFailedBatch(db, options);
    }
  }

  // Whether a failed batch leaves its earlier rows in the transaction (decides if a replay of
  // the batch row by row could find the refused row).
  private static long keptOfFailedBatch(String db, String options) throws Exception {
    try (Connection c = DriverManager.getConnection(url(db, options), "root", "");
        Statement st = c.createStatement()) {
      st.execute("DELETE FROM item");
      c.setAutoCommit(false);
      try (var ps = c.prepareStatement("INSERT INTO item VALUES (?, 'n', 1, NOW(), ?, NULL)")) {
        for (int i = 1001; i <= 2000; i++) {
          ps.setInt(1, i);
          ps.setInt(2, i);
          ps.addBatch();
        }
        ps.executeBatch();
      } catch (java.sql.SQLException e) {
        try (var rs = st.executeQuery("SELECT COUNT(*) FROM item")) {
          rs.next();
          return rs.getLong(1);
        } finally {
          c.rollback();
        }
      }
      return -1;
    }
  }

  private static String url(String db, String options) {
    return SERVER + db + (options.isEmpty() ? "" : "?" + options);
  }

  private static void recreate(String db) throws Exception {
    try (Connection c = DriverManager.getConnection(SERVER, "root", "");
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + db);
      st.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4");
    }
  }
}
