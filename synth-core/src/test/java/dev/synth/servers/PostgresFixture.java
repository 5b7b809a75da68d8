package dev.synth.servers;

import dev.synth.PopulateReport;
import dev.synth.Synth;
import dev.synth.config.SynthConfig;
import dev.synth.servers.ServerDatabase.Server;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A private PostgreSQL schema built from a script under {@code servers/}, with helpers to fill it
 * and read it back. {@code ${schema}} in a script is this schema's name; {@code ${other}} creates
 * (on first use) a second schema, dropped with the first.
 */
final class PostgresFixture implements AutoCloseable {
  private final ServerDatabase db = ServerDatabase.create(Server.POSTGRES);
  private String other;

  /** Runs the script resource {@code servers/<name>}. */
  PostgresFixture script(String name) throws IOException, SQLException {
    String sql = Fixtures.read("servers/" + name);
    if (sql.contains("${other}")) {
      sql = sql.replace("${other}", other());
    }
    run(sql.replace("${schema}", db.name()), name);
    return this;
  }

  /** Runs SQL statements separated by {@code ;}. */
  void run(String sql, String sourceName) {
    try (Synth synth = Synth.connect(db.url(), db.user(), "")) {
      synth.runScript(sql, sourceName);
    }
  }

  String other() throws SQLException {
    if (other == null) {
      other = db.extraSchema("other");
    }
    return other;
  }

  String schema() {
    return db.name();
  }

  String url() {
    return db.url();
  }

  PopulateReport populate(SynthConfig config) {
    try (Synth synth = Synth.connect(db.url(), db.user(), "")) {
      return synth.populate(config);
    }
  }

  String describePlan(SynthConfig config) {
    try (Synth synth = Synth.connect(db.url(), db.user(), "")) {
      return synth.describePlan(config);
    }
  }

  long count(String sql) throws SQLException {
    return db.count(sql);
  }

  /** Every row of a query, each as its columns' text joined by {@code |}. */
  List<String> rows(String sql) throws SQLException {
    try (Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        rows.add(row.toString());
      }
      return rows;
    }
  }

  /** The single value of a query, as text. */
  String value(String sql) throws SQLException {
    List<String> rows = rows(sql);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** Runs an INSERT ... RETURNING and gives the returned value. */
  long insertReturning(String insert) throws SQLException {
    return Long.parseLong(value(insert));
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
