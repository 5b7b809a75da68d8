package dev.synth.bench;

import dev.synth.PopulateReport;
import dev.synth.Synth;
import dev.synth.config.ConfigFile;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Fills the shop example's schema, with its {@code synth.yaml} scaled up, on the local PostgreSQL
 * and MariaDB servers and prints rows per second for the whole run (introspection, planning,
 * generation, loading and key checks). The example's own scripts create the schema in a {@code
 * synth_example_*} schema or database, which is dropped afterwards.
 */
final class ShopBenchmark {
  private static final String NAME = "synth_example_bench";

  /** One server and the example written for it. */
  enum Target {
    POSTGRES(
        "postgres-shop",
        "jdbc:postgresql://127.0.0.1:5432/test",
        "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + NAME,
        "postgres",
        "SCHEMA"),
    MARIADB(
        "mariadb-shop",
        "jdbc:mariadb://127.0.0.1:3306/test",
        "jdbc:mariadb://127.0.0.1:3306/" + NAME,
        "root",
        "DATABASE");

    final String example;
    final String adminUrl;
    final String url;
    final String user;
    final String container;

    Target(String example, String adminUrl, String url, String user, String container) {
      this.example = example;
      this.adminUrl = adminUrl;
      this.url = url;
      this.user = user;
      this.container = container;
    }
  }

  private final Path examples;
  private final long scale;

  ShopBenchmark(Path examples, long scale) {
    this.examples = examples;
    this.scale = scale;
  }

  void run(Target target) throws Exception {
    Path dir = examples.resolve(target.example);
    String script = Files.readString(dir.resolve("src/main/resources/db/schema.sql"));
    SynthConfig config = scaled(ConfigFile.read(dir.resolve("synth.yaml")));
    admin(target, "CREATE " + target.container + " IF NOT EXISTS " + NAME);
    try (Synth synth = Synth.connect(target.url, target.user, "")) {
      synth.runScript(script, target.example + "/schema.sql");
      long start = System.nanoTime();
      PopulateReport report = synth.populate(config);
      double seconds = (System.nanoTime() - start) / 1e9;
      long rows = report.tables().stream().mapToLong(PopulateReport.TableReport::rows).sum();
      System.out.printf(
          "shop on %s: %,d rows in %d tables in %.2f s, %,.0f rows/s%n",
          target, rows, report.tables().size(), seconds, rows / seconds);
    } finally {
      admin(target, "DROP " + target.container + " IF EXISTS " + NAME + cascade(target));
    }
  }

  private SynthConfig scaled(SynthConfig config) {
    SynthConfig out = config.withRows(config.rows() * scale);
    for (Map.Entry<String, TableConfig> table : config.tables().entrySet()) {
      if (table.getValue().rows() != null) {
        out =
            out.withTable(
                table.getKey(), table.getValue().withRows(table.getValue().rows() * scale));
      }
    }
    return out;
  }

  private static String cascade(Target target) {
    return target == Target.POSTGRES ? " CASCADE" : "";
  }

  private static void admin(Target target, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(target.adminUrl, target.user, "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
