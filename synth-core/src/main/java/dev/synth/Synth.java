package dev.synth;

import dev.synth.config.SynthConfig;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * The entry point: connect to a database, then plan or populate it.
 *
 * <pre>{@code
 * try (Synth synth = Synth.connect("jdbc:h2:mem:shop", "sa", "")) {
 *   synth.runScripts(List.of(Path.of("schema.sql")));
 *   PopulateReport report = synth.populate(SynthConfig.defaults().withRows(1000));
 * }
 * }</pre>
 */
public final class Synth implements AutoCloseable {

  /** Opens a small connection pool to {@code url}; close the returned instance to release it. */
  public static Synth connect(String url, String user, String password) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Uses a data source the caller owns; {@link #close()} leaves it open. */
  public static Synth using(DataSource dataSource) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Runs SQL scripts (statements separated by {@code ;}) in order, e.g. to create a schema. */
  public void runScripts(List<Path> scripts) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Reads the schema and works out what populate would do, writing nothing. */
  public String describePlan(SynthConfig config) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Fills the database as configured, all or nothing. */
  public PopulateReport populate(SynthConfig config) {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public void close() {}
}
