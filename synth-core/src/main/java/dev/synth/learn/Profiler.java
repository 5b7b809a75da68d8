package dev.synth.learn;

import dev.synth.SynthException;
import dev.synth.introspect.SchemaReader;
import dev.synth.profile.Profile;
import dev.synth.profile.Suppression;
import dev.synth.profile.TableProfile;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.SQLDialect;
import org.jooq.tools.jdbc.JDBCUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns a {@link Profile} from a source database by aggregate queries the source computes: no
 * table is ever streamed into memory, whatever its size. The connection is switched to read-only
 * for the run and nothing is written or created in the source.
 *
 * <pre>{@code
 * try (Connection source = dataSource.getConnection()) {
 *   Profile profile = Profiler.profile(source, ProfileOptions.defaults().withK(20));
 * }
 * }</pre>
 */
public final class Profiler {
  private static final Logger LOG = LoggerFactory.getLogger(Profiler.class);

  private Profiler() {}

  /** Profiles the selected tables through {@code source}, which stays open and is restored. */
  public static Profile profile(Connection source, ProfileOptions options) {
    return profile(source, options, Noise.secure());
  }

  /** Profiles with differential-privacy noise from {@code noise} when epsilon is set. */
  static Profile profile(Connection source, ProfileOptions options, Noise noise) {
    refuseUnsupported(source);
    try (ReadOnlySource readOnly = ReadOnlySource.open(source)) {
      return learn(readOnly.connection(), options, noise);
    } catch (SQLException e) {
      throw new SynthException(
          "could not profile the source database: "
              + e.getMessage()
              + " (SQLState "
              + e.getSQLState()
              + ")",
          e);
    }
  }

  /**
   * Quantiles need ordered-set aggregates, which MariaDB and MySQL have only as window functions.
   */
  private static void refuseUnsupported(Connection source) {
    SQLDialect family = JDBCUtils.dialect(source).family();
    if (family != SQLDialect.POSTGRES && family != SQLDialect.H2) {
      throw new SynthException(
          "cannot profile a "
              + family.getName()
              + " database yet: profiling supports PostgreSQL and H2 2.x so far; profile a"
              + " PostgreSQL copy of the data instead");
    }
  }

  private static Profile learn(Connection connection, ProfileOptions options, Noise noise)
      throws SQLException {
    List<Suppression> suppressed = new ArrayList<>();
    List<Table> selected =
        TableSelection.of(SchemaReader.read(connection, options.schema()), options);
    PrivateRelease dp =
        options.epsilon() == null
            ? null
            : new PrivateRelease(
                noise,
                new PrivacyBudget(options.epsilon(), options.delta(), selected),
                options.k());
    TableLearner learner = new TableLearner(new SourceSql(connection), options.k(), suppressed, dp);
    List<TableProfile> tables = new ArrayList<>();
    for (Table table : selected) {
      long start = System.nanoTime();
      TableProfile profile = learner.learn(table);
      tables.add(profile);
      LOG.info(
          "Profiled {}: {} rows in {} ms",
          table.name(),
          profile.rows(),
          (System.nanoTime() - start) / 1_000_000);
    }
    return new Profile(options.k(), tables, suppressed, dp == null ? null : dp.privacy());
  }
}
