package dev.synth.servers;

import static org.assertj.core.api.Assertions.fail;

import dev.synth.Synth;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A private schema (PostgreSQL) or database (MariaDB) on the local test servers, dropped on close.
 * An unreachable server skips the test with the command that starts it; in CI ({@code CI=true}) it
 * fails instead.
 */
public final class ServerDatabase implements AutoCloseable {
  private final Server server;
  private final String name;
  private final String url;
  private final java.util.List<String> extraSchemas = new java.util.ArrayList<>();

  /** The servers the machines run, with how to start each. */
  public enum Server {
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
  }

  private ServerDatabase(Server server, String name, String url) {
    this.server = server;
    this.name = name;
    this.url = url;
  }

  /** Creates a fresh schema or database, named uniquely so parallel runs never meet. */
  public static ServerDatabase create(Server server) {
    return named(server, "synth_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
  }

  /**
   * Creates a schema or database with a fixed name, for fixtures whose annotation must name its URL
   * as a constant; one left over by an interrupted run is dropped first.
   */
  public static ServerDatabase named(Server server, String name) {
    try (Connection c = admin(server);
        Statement st = c.createStatement()) {
      if (server == Server.POSTGRES) {
        st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        st.execute("CREATE SCHEMA " + name);
        return new ServerDatabase(server, name, server.adminUrl + "?currentSchema=" + name);
      }
      st.execute("DROP DATABASE IF EXISTS " + name);
      st.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
      return new ServerDatabase(
          server, name, server.adminUrl.substring(0, server.adminUrl.lastIndexOf('/') + 1) + name);
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

  /** The schema (PostgreSQL) or database (MariaDB) name. */
  public String name() {
    return name;
  }

  /**
   * Creates another PostgreSQL schema named after this one plus {@code suffix}, dropped on close.
   */
  public String extraSchema(String suffix) throws SQLException {
    String extra = name + "_" + suffix;
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + extra);
    }
    extraSchemas.add(extra);
    return extra;
  }

  public String url() {
    return url;
  }

  public String user() {
    return server.user;
  }

  /** The name the engine reports for a table here ({@code schema.table}). */
  public String qualified(String table) {
    return name + "." + table.toLowerCase(Locale.ROOT);
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, server.user, "");
  }

  /** Runs a script from the test classpath here, e.g. to create tables before a fixture runs. */
  public void runScript(String resource) throws IOException {
    String script = Fixtures.read(resource);
    try (Synth synth = Synth.connect(url, server.user, "")) {
      synth.runScript(script, resource);
    }
  }

  public long count(String sql) throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = admin(server);
        Statement st = c.createStatement()) {
      for (String extra : extraSchemas) {
        st.execute("DROP SCHEMA " + extra + " CASCADE");
      }
      st.execute(
          server == Server.POSTGRES ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name);
    }
  }
}
