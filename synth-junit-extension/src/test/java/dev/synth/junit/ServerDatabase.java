package dev.synth.junit;

import static org.assertj.core.api.Assertions.fail;

import dev.synth.Synth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A private schema (PostgreSQL) or database (MariaDB) on the local test servers, dropped on close.
 * An unreachable server skips the test with the command that starts it; in CI ({@code CI=true}) it
 * fails instead. (synth-core's tests have the same helper; modules do not share test code.)
 */
final class ServerDatabase implements AutoCloseable {
  private final Server server;
  private final String name;

  /** The servers the machines run, with how to start each. */
  enum Server {
    POSTGRES(
        "jdbc:postgresql://127.0.0.1:5432/test",
        "postgres",
        "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"),
    MARIADB(
        "jdbc:mariadb://127.0.0.1:3306/test",
        "root",
        "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd");

    final String adminUrl;
    final String user;
    final String start;

    Server(String adminUrl, String user, String start) {
      this.adminUrl = adminUrl;
      this.user = user;
      this.start = start;
    }

    /** The URL of schema (PostgreSQL) or database (MariaDB) {@code name}. */
    String urlOf(String name) {
      return this == POSTGRES
          ? adminUrl + "?currentSchema=" + name
          : adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }
  }

  private ServerDatabase(Server server, String name) {
    this.server = server;
    this.name = name;
  }

  /** A fresh schema or database, named uniquely so parallel runs never meet. */
  static ServerDatabase create(Server server) {
    return named(server, "synth_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
  }

  /**
   * A fresh schema or database with a fixed name, for fixtures whose annotation names its URL; one
   * left over by an interrupted run is dropped first.
   */
  static ServerDatabase named(Server server, String name) {
    try (Connection c = admin(server);
        Statement st = c.createStatement()) {
      if (server == Server.POSTGRES) {
        st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        st.execute("CREATE SCHEMA " + name);
      } else {
        st.execute("DROP DATABASE IF EXISTS " + name);
        st.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
      }
      return new ServerDatabase(server, name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create " + name + " on " + server + ": " + e, e);
    }
  }

  private static Connection admin(Server server) {
    try {
      DriverManager.setLoginTimeout(3);
      return DriverManager.getConnection(server.adminUrl, server.user, "");
    } catch (SQLException e) {
      String why =
          server
              + " is not reachable at "
              + server.adminUrl
              + " ("
              + e.getMessage()
              + "); start it with: "
              + server.start;
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.abort(why);
      throw new IllegalStateException(why);
    }
  }

  String name() {
    return name;
  }

  String url() {
    return server.urlOf(name);
  }

  String user() {
    return server.user;
  }

  /** Runs a script from the test classpath here, e.g. to create tables before a fixture runs. */
  void runScript(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource);
        Synth synth = Synth.connect(url(), user(), "")) {
      synth.runScript(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    }
  }

  long count(String table) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(), server.user, "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = admin(server);
        Statement st = c.createStatement()) {
      st.execute(
          server == Server.POSTGRES ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name);
    }
  }
}
