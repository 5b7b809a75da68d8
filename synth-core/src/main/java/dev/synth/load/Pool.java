package dev.synth.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.synth.ConnectException;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HikariCP pool to the target database, opened eagerly so that a wrong URL, a missing
 * driver, an unreachable host or bad credentials fail at once with a {@link ConnectException}.
 *
 * <p>Connections come with {@code autoCommit = false}: every writer runs inside a transaction its
 * caller commits or rolls back, which is how a failed run leaves the target as it was. HikariCP
 * rolls back work left uncommitted when a connection is returned.
 *
 * <pre>{@code
 * try (Pool pool = Pool.open("jdbc:h2:mem:shop", "sa", "")) {
 *   try (Connection c = pool.dataSource().getConnection()) {
 *     SqlScript.run(c, "create table t(id int)", "inline");
 *     c.commit();
 *   }
 * }
 * }</pre>
 */
public final class Pool implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Pool.class);
  private static final int MAX_CONNECTIONS = 4;
  private static final long CONNECTION_TIMEOUT_MS = 5_000;

  private final HikariDataSource dataSource;
  private final String url;

  private Pool(HikariDataSource dataSource, String url) {
    this.dataSource = dataSource;
    this.url = url;
  }

  /** Opens the pool and one first connection; throws {@link ConnectException} if that fails. */
  public static Pool open(String url, String user, String password) {
    Objects.requireNonNull(url, "url");
    String shownUrl = ConnectFailure.redact(url, password);
    HikariConfig config = new HikariConfig();
    config.setPoolName("synth");
    config.setMaximumPoolSize(MAX_CONNECTIONS);
    config.setMinimumIdle(1);
    config.setAutoCommit(false);
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
    // Try once at start-up instead of retrying in the background: fail fast with the real cause.
    config.setInitializationFailTimeout(1);
    config.setUsername(user);
    config.setPassword(password);
    try {
      config.setJdbcUrl(url);
      HikariDataSource ds = new HikariDataSource(config);
      LOG.debug("Opened pool to {} as {}", shownUrl, user);
      return new Pool(ds, shownUrl);
    } catch (RuntimeException e) {
      throw ConnectFailure.translate(e, url, user, password);
    }
  }

  /** The pooled data source; its connections have auto-commit off. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The URL with any password in it masked, fit for messages. */
  public String url() {
    return url;
  }

  /** Closes every connection of the pool. */
  @Override
  public void close() {
    dataSource.close();
  }
}
