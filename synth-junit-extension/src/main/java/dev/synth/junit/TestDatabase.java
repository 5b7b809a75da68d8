package dev.synth.junit;

import dev.synth.PopulateReport;
import dev.synth.Synth;
import dev.synth.SynthException;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import dev.synth.schema.Schema;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * One populated database and the connection tests share. Tests run in a transaction on that
 * connection that is rolled back after each test; the rows the population committed stay. Closed
 * through the extension store (JUnit closes stored {@link AutoCloseable}s) when its class or method
 * is done.
 */
final class TestDatabase implements AutoCloseable {
  private static final Map<String, Schema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

  private final Settings settings;
  private final DataSource base;
  private final boolean inMemory;
  private final Connection shared;
  private final Dataset dataset;

  private TestDatabase(
      Settings settings, DataSource base, boolean inMemory, Connection shared, Dataset dataset) {
    this.settings = settings;
    this.base = base;
    this.inMemory = inMemory;
    this.shared = shared;
    this.dataset = dataset;
  }

  /** Creates the schema, fills it, and opens the connection the tests share. */
  static TestDatabase create(Settings settings, String name) {
    boolean inMemory = settings.url().isEmpty();
    DataSource base = inMemory ? h2(settings, name) : new UrlDataSource(settings);
    Connection shared = null;
    try {
      // Held open first: it keeps a private in-memory database alive while the others come and go.
      shared = base.getConnection();
      PopulateReport report;
      Synth synth = Synth.using(base);
      List<String> scripts = new java.util.ArrayList<>();
      for (String script : settings.schema()) {
        scripts.add(Resources.text(script, "schema script"));
        synth.runScript(scripts.get(scripts.size() - 1), script);
      }
      if (inMemory && settings.schema().isEmpty()) {
        throw new ExtensionConfigurationException(
            "@SyntheticData needs schema scripts (schema = \"classpath:db/schema.sql\") for its"
                + " in-memory database, or a url (or -Dsynth.url) of a database that has one");
      }
      Profile profile =
          settings.profile().isEmpty()
              ? null
              : ProfileFile.parse(
                  Resources.text(settings.profile(), "profile"), settings.profile());
      report =
          synth.populate(
              settings.config(), inMemory ? schemaOf(synth, settings, scripts) : null, profile);
      shared.setAutoCommit(false);
      return new TestDatabase(
          settings, base, inMemory, shared, new Dataset(report, base, settings.seedSource()));
    } catch (SynthException e) {
      closeQuietly(shared, inMemory);
      throw new ExtensionConfigurationException(e.getMessage(), e);
    } catch (SQLException e) {
      closeQuietly(shared, inMemory);
      throw new ExtensionConfigurationException(
          "cannot open the test database " + describe(settings, name) + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(shared, inMemory);
      throw e;
    }
  }

  /**
   * In-memory databases built from the same scripts have the same schema, so it is read once per
   * JVM: reading it costs about as much as filling a small database. Safe across threads.
   */
  private static Schema schemaOf(Synth synth, Settings settings, List<String> scripts) {
    String key =
        settings.mode() + "|" + settings.config().schema() + "|" + String.join("\n;\n", scripts);
    return SCHEMAS.computeIfAbsent(key, k -> synth.readSchema(settings.config().schema()));
  }

  private static DataSource h2(Settings settings, String name) {
    JdbcDataSource ds = new JdbcDataSource();
    String mode = settings.mode().isEmpty() ? "" : ";MODE=" + settings.mode();
    ds.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + mode);
    ds.setUser("sa");
    ds.setPassword("");
    return ds;
  }

  private static String describe(Settings settings, String name) {
    return settings.url().isEmpty() ? "(in-memory H2 for " + name + ")" : settings.url();
  }

  Settings settings() {
    return settings;
  }

  SyntheticDataset dataset() {
    return dataset;
  }

  /**
   * The shared connection; closing or committing it does nothing, its transaction is rolled back
   * after the test.
   */
  Connection connection() {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                // The test's transaction must stay open until it is rolled back after the
                // test, even when code under test commits or switches auto-commit on (which
                // commits too): otherwise its writes would reach the next test.
                case "close", "commit", "setAutoCommit":
                  return null;
                case "getAutoCommit":
                  return false;
                default:
                  break;
              }
              if (method.getName().equals("isClosed")) {
                return shared.isClosed();
              }
              try {
                return method.invoke(shared, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  DataSource dataSource() {
    return new SharedDataSource(this::connection);
  }

  DSLContext dsl() {
    return DSL.using(connection(), JDBCUtils.dialect(shared));
  }

  /** Undoes what the test wrote. */
  void rollback() {
    try {
      shared.rollback();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot roll back the test's transaction: " + e, e);
    }
  }

  @Override
  public void close() {
    closeQuietly(shared, inMemory);
  }

  private static void closeQuietly(Connection c, boolean shutdown) {
    if (c == null) {
      return;
    }
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // closing anyway
    }
    try (c) {
      if (shutdown) {
        try (Statement st = c.createStatement()) {
          st.execute("SHUTDOWN");
        }
      }
    } catch (SQLException ignored) {
      // the database is going away either way
    }
  }

  /** Counts and rows of the population, read from committed data. */
  static final class Dataset implements SyntheticDataset {
    private final PopulateReport report;
    private final DataSource base;
    private final String seedSource;
    private final Map<String, List<Map<String, Object>>> rows =
        new java.util.concurrent.ConcurrentHashMap<>();

    Dataset(PopulateReport report, DataSource base, String seedSource) {
      this.report = report;
      this.base = base;
      this.seedSource = seedSource;
    }

    @Override
    public long seed() {
      return report.seed();
    }

    @Override
    public String seedSource() {
      return seedSource;
    }

    @Override
    public Map<String, Long> rowCounts() {
      Map<String, Long> out = new java.util.LinkedHashMap<>();
      report.tables().forEach(t -> out.put(Rows.unqualified(t.table()), t.rows()));
      return out;
    }

    @Override
    public long rowCount(String table) {
      return report.rows(table);
    }

    @Override
    public List<Map<String, Object>> rows(String table) {
      String qualified =
          report.tables().stream()
              .map(PopulateReport.TableReport::table)
              .filter(t -> t.equalsIgnoreCase(table) || Rows.unqualified(t).equalsIgnoreCase(table))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "table '"
                              + table
                              + "' was not filled; filled tables are "
                              + rowCounts().keySet()));
      return rows.computeIfAbsent(qualified, q -> Rows.read(base, q));
    }
  }
}
