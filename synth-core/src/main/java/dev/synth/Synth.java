package dev.synth;

import dev.synth.config.SynthConfig;
import dev.synth.evaluate.CompareOptions;
import dev.synth.evaluate.Comparison;
import dev.synth.evaluate.Evaluation;
import dev.synth.introspect.SchemaReader;
import dev.synth.learn.ProfileOptions;
import dev.synth.learn.Profiler;
import dev.synth.load.JdbcFacts;
import dev.synth.load.PlanLoader;
import dev.synth.load.Pool;
import dev.synth.load.SqlScript;
import dev.synth.plan.Plan;
import dev.synth.plan.Planner;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import dev.synth.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: connect to a database, then plan or populate it, learn a profile of it, or
 * compare it with a source.
 *
 * <pre>{@code
 * try (Synth synth = Synth.connect("jdbc:h2:mem:shop", "sa", "")) {
 *   synth.runScripts(List.of(Path.of("schema.sql")));
 *   PopulateReport report = synth.populate(SynthConfig.defaults().withRows(1000));
 * }
 * }</pre>
 */
public final class Synth implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Synth.class);

  private final DataSource dataSource;
  private final AutoCloseable owned;

  private Synth(DataSource dataSource, AutoCloseable owned) {
    this.dataSource = dataSource;
    this.owned = owned;
  }

  /** Opens a small connection pool to {@code url}; close the returned instance to release it. */
  public static Synth connect(String url, String user, String password) {
    Pool pool = Pool.open(url, user, password);
    return new Synth(pool.dataSource(), pool);
  }

  /** Uses a data source the caller owns; {@link #close()} leaves it open. */
  public static Synth using(DataSource dataSource) {
    return new Synth(dataSource, null);
  }

  /** Runs SQL scripts (statements separated by {@code ;}) in order, e.g. to create a schema. */
  public void runScripts(List<Path> scripts) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      for (Path script : scripts) {
        SqlScript.run(c, read(script), script.toString());
      }
    } catch (SQLException e) {
      throw new SynthException("could not run scripts " + scripts + ": " + e.getMessage(), e);
    }
  }

  /** Runs one SQL script given as text; {@code sourceName} names it in error messages. */
  public void runScript(String sql, String sourceName) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      SqlScript.run(c, sql, sourceName);
    } catch (SQLException e) {
      throw new SynthException("could not run script " + sourceName + ": " + e.getMessage(), e);
    }
  }

  /** Reads the schema and works out what populate would do, writing nothing. */
  public String describePlan(SynthConfig config) {
    try (Connection c = dataSource.getConnection()) {
      return plan(c, config).describe();
    } catch (SQLException e) {
      throw new SynthException("could not read the database: " + e.getMessage(), e);
    }
  }

  /** Fills the database as configured, all or nothing. */
  public PopulateReport populate(SynthConfig config) {
    return populate(config, null);
  }

  /**
   * Reads the schema model of the database, e.g. to reuse it for {@link #populate(SynthConfig,
   * Schema)} on databases created from the same scripts.
   */
  public Schema readSchema(String schemaName) {
    try (Connection c = dataSource.getConnection()) {
      return SchemaReader.read(c, schemaName);
    } catch (SQLException e) {
      throw new SynthException("could not read the database: " + e.getMessage(), e);
    }
  }

  /**
   * Fills the database as configured, all or nothing, trusting {@code schema} to describe it (read
   * anew when {@code null}).
   */
  public PopulateReport populate(SynthConfig config, Schema schema) {
    return populate(config, schema, learned(config));
  }

  /**
   * Fills the database as configured, reproducing {@code profile} where the configuration does not
   * say otherwise; the profile wins over {@link SynthConfig#profile()}, e.g. one read from the
   * classpath:
   *
   * <pre>{@code
   * Profile learned = ProfileFile.parse(text, "classpath:shop-profile.json");
   * synth.populate(SynthConfig.defaults().withScale(0.1), null, learned);
   * }</pre>
   *
   * @param schema the database's schema model, or {@code null} to read it
   * @param profile what was learned from a source database, or {@code null} for none
   */
  public PopulateReport populate(SynthConfig config, Schema schema, Profile profile) {
    try (Connection c = dataSource.getConnection()) {
      Schema model = schema != null ? schema : SchemaReader.read(c, config.schema());
      Plan plan = Planner.plan(model, config, new JdbcFacts(c), profile);
      plan.notes().forEach(note -> LOG.info("Note: {}", note));
      long start = System.nanoTime();
      PopulateReport report = new PlanLoader(c, config.batchSize()).load(plan);
      double seconds = (System.nanoTime() - start) / 1e9;
      LOG.debug(
          "Synth wrote {} rows into {} tables in {} s (seed {})",
          report.totalRows(),
          report.tables().size(),
          String.format("%.2f", seconds),
          config.seed());
      return report;
    } catch (SQLException e) {
      throw new SynthException("could not use the database: " + e.getMessage(), e);
    }
  }

  /**
   * Learns a privacy-gated profile of the database's tables, reading only: the connection is
   * read-only for the run and nothing is written or created.
   *
   * <pre>{@code
   * Profile profile = synth.profile(ProfileOptions.defaults().withSchema("sales"));
   * ProfileFile.write(profile, Path.of("app-profile.json"));
   * }</pre>
   */
  public Profile profile(ProfileOptions options) {
    try (Connection c = dataSource.getConnection()) {
      return Profiler.profile(c, options);
    } catch (SQLException e) {
      throw new SynthException("could not connect to profile the database: " + e.getMessage(), e);
    }
  }

  /**
   * Compares this database, the synthetic one, with a reference profile: per-column similarity,
   * correlation gap and fan-out similarity (see {@link Evaluation}). Reads only.
   *
   * <pre>{@code
   * Comparison c = synth.compareWith(ProfileFile.read(Path.of("app-profile.json")),
   *     CompareOptions.defaults());
   * System.out.println(c.summary());
   * }</pre>
   */
  public Comparison compareWith(Profile reference, CompareOptions options) {
    try (Connection c = dataSource.getConnection()) {
      return Evaluation.compare(reference, c, options);
    } catch (SQLException e) {
      throw new SynthException("could not connect to compare the database: " + e.getMessage(), e);
    }
  }

  /**
   * Compares this database, the synthetic one, with the source database {@code source} connects to,
   * the share of copied rows included (see {@link Evaluation}). Reads both only.
   *
   * <pre>{@code
   * try (Synth source = Synth.connect(prodCopyUrl, user, password)) {
   *   Comparison c = synth.compareWith(source, CompareOptions.defaults());
   * }
   * }</pre>
   */
  public Comparison compareWith(Synth source, CompareOptions options) {
    try (Connection s = source.dataSource.getConnection();
        Connection c = dataSource.getConnection()) {
      return Evaluation.compare(s, c, options);
    } catch (SQLException e) {
      throw new SynthException("could not connect to compare the databases: " + e.getMessage(), e);
    }
  }

  private static Plan plan(Connection c, SynthConfig config) {
    Schema schema = SchemaReader.read(c, config.schema());
    return Planner.plan(schema, config, new JdbcFacts(c), learned(config));
  }

  private static Profile learned(SynthConfig config) {
    return config.profile() == null ? null : ProfileFile.read(Path.of(config.profile()));
  }

  private static String read(Path script) {
    try {
      return Files.readString(script);
    } catch (IOException e) {
      throw new ConfigException("cannot read SQL script " + script.toAbsolutePath() + ": " + e, e);
    }
  }

  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        LOG.debug("closing the connection pool failed", e);
      }
    }
  }
}
