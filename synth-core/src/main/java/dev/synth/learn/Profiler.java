package dev.synth.learn;

import dev.synth.SynthException;
import dev.synth.introspect.SchemaReader;
import dev.synth.profile.Profile;
import dev.synth.profile.Suppression;
import dev.synth.profile.TableProfile;
import dev.synth.schema.Schema;
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
   * Measures {@code target} on the terms of {@code reference}, to compare the two: each of the
   * reference's tables is looked up by name (case-insensitively) in {@code schema}, and measured as
   * the reference describes it. A column gets the reference's kind of statistic: the counts of the
   * reference's kept values plus one "other" count when the reference has categories, quantiles
   * when it has quantiles, length quantiles when it has lengths; a foreign key its exact
   * children-per-parent counts (one bucket per count); and the reference's correlated columns are
   * sampled again, categories coded by the reference's frequency ranks. Tables, columns and foreign
   * keys keep the reference's names. Nothing is suppressed: the result has k = 1, a measurement of
   * a database that is not the private one, not a profile to publish. Read-only, like {@link
   * #profile}.
   *
   * <pre>{@code
   * Profile reference = ProfileFile.read(Path.of("app-profile.json"));
   * Profile measured = Profiler.measure(synthetic, "PUBLIC", reference);
   * }</pre>
   *
   * @param schema the target's schema, or {@code null} for the connection's default
   */
  public static Profile measure(Connection target, String schema, Profile reference) {
    refuseUnsupported(target);
    try (ReadOnlySource readOnly = ReadOnlySource.open(target)) {
      Schema model = SchemaReader.read(readOnly.connection(), schema);
      TableMeasurer measurer =
          new TableMeasurer(new SourceSql(readOnly.connection()), reference.k());
      List<TableProfile> tables = new ArrayList<>();
      for (TableProfile ref : reference.tables()) {
        tables.add(measurer.measure(ref, table(model, ref.name(), schema)));
      }
      return new Profile(1, tables, List.of());
    } catch (SQLException e) {
      throw new SynthException(
          "could not measure the database: "
              + e.getMessage()
              + " (SQLState "
              + e.getSQLState()
              + ")",
          e);
    }
  }

  private static Table table(Schema model, String name, String schema) {
    return model
        .table(name)
        .orElseThrow(
            () ->
                new SynthException(
                    "the database has no table "
                        + name
                        + " in schema "
                        + (schema == null ? "(the connection's default)" : schema)
                        + ", which the reference describes; its tables are "
                        + model.tableNames()
                        + ". Name the schema that holds the tables, or leave "
                        + name
                        + " out of the comparison"));
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
