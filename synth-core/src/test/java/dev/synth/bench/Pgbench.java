package dev.synth.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A scratch database on the local PostgreSQL server, and pgbench run against it. */
final class Pgbench {
  private static final String HOST = "127.0.0.1";
  private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + ":5432/test";

  private final String database;

  Pgbench(String database) {
    this.database = database;
  }

  String url() {
    return "jdbc:postgresql://" + HOST + ":5432/" + database;
  }

  /** Runs {@code pgbench -i} with the options and returns its wall time in seconds. */
  double init(String... options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("pgbench", "-i", "-q", "-h", HOST));
    command.addAll(List.of("-U", "postgres"));
    command.addAll(List.of(options));
    command.add(database);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  void recreateDatabase() throws SQLException {
    dropDatabase();
    admin("CREATE DATABASE " + database);
  }

  void dropDatabase() throws SQLException {
    admin("DROP DATABASE IF EXISTS " + database);
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
