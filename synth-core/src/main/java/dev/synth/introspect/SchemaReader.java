package dev.synth.introspect;

import dev.synth.ConnectException;
import dev.synth.SynthException;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.TableOptions.TableType;
import org.jooq.exception.DataAccessException;
import org.jooq.meta.Database;
import org.jooq.meta.Databases;
import org.jooq.meta.Definition;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.jaxb.OnError;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Reads the base tables of one schema, with their columns, keys, unique indexes, foreign keys and
 * checks, into a {@link Schema}. Views, materialized views, temporary tables and partitions are
 * left out.
 *
 * <pre>{@code
 * try (Connection c = DriverManager.getConnection("jdbc:h2:mem:app")) {
 *   Schema schema = SchemaReader.read(c, null); // the connection's current schema
 *   schema.table("orders").orElseThrow().foreignKeys();
 * }
 * }</pre>
 */
public final class SchemaReader {
  static {
    JooqQuiet.apply();
  }

  private SchemaReader() {}

  /**
   * Reads a schema through a connection of the data source, which is closed afterwards.
   *
   * @param schemaName the schema, or {@code null} for the connection's current schema
   * @throws IllegalArgumentException when the schema does not exist
   */
  public static Schema read(DataSource dataSource, String schemaName) {
    try (Connection connection = dataSource.getConnection()) {
      return read(connection, schemaName);
    } catch (SQLException e) {
      throw new ConnectException(
          "Could not get a connection to read schema " + schemaName + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a schema through the given connection, which stays open.
   *
   * @param schemaName the schema, or {@code null} for the connection's current schema; matched
   *     case-insensitively when there is no exact match
   * @throws IllegalArgumentException when the schema does not exist
   */
  public static Schema read(Connection connection, String schemaName) {
    Objects.requireNonNull(connection, "connection");
    SQLDialect dialect = JDBCUtils.dialect(connection);
    String wanted = schemaName != null ? schemaName : currentSchema(connection);
    try {
      String schema = existingSchema(connection, dialect, wanted);
      boolean mysql = TableMapper.family(dialect) == ColumnTypes.Family.MYSQL;
      List<QualifiedName> elsewhere =
          mysql ? OtherDatabases.referencedFrom(connection, schema) : List.of();
      List<String> schemas =
          Stream.concat(Stream.of(schema), elsewhere.stream().map(QualifiedName::schema))
              .distinct()
              .toList();
      Database database = database(connection, dialect);
      database.setConfiguredSchemata(
          schemas.stream().map(s -> new SchemaMappingType().withInputSchema(s)).toList());
      TableMapper mapper =
          new TableMapper(
              database,
              dialect,
              mysql ? DeclaredTypes.read(connection, schemas) : DeclaredTypes.none(),
              mysql ? DeclaredKeys.read(connection, schemas) : DeclaredKeys.none());
      List<Table> tables =
          database.getTables(database.getSchema(schema)).stream()
              .filter(SchemaReader::isBaseTable)
              .map(mapper::table)
              .toList();
      List<Table> referenced =
          elsewhere.stream()
              .map(t -> database.getTable(database.getSchema(t.schema()), t.name()))
              .filter(Objects::nonNull)
              .map(mapper::table)
              .toList();
      return new Schema(tables, referenced);
    } catch (DataAccessException e) {
      throw new SynthException(
          "Could not read the metadata of schema "
              + wanted
              + " ("
              + dialect
              + "): "
              + e.getMessage(),
          e);
    }
  }

  private static String existingSchema(Connection connection, SQLDialect dialect, String wanted) {
    Database all = database(connection, dialect);
    // An empty input schema is jooq-meta's way of saying "every schema".
    all.setConfiguredSchemata(List.of(new SchemaMappingType().withInputSchema("")));
    List<String> existing = all.getSchemata().stream().map(Definition::getName).toList();
    if (wanted != null && existing.contains(wanted)) {
      return wanted;
    }
    List<String> ignoringCase =
        existing.stream().filter(name -> name.equalsIgnoreCase(wanted)).toList();
    if (ignoringCase.size() == 1) {
      return ignoringCase.get(0);
    }
    throw new IllegalArgumentException(
        (wanted == null
                ? "No schema was given and the connection has no current schema"
                : "Schema '" + wanted + "' does not exist")
            + "; the database has the schemas "
            + existing
            + ". Set synth.schema to one of them.");
  }

  // MySQL and MariaDB drivers report the current database as the catalog, not the schema.
  private static String currentSchema(Connection connection) {
    try {
      String schema = connection.getSchema();
      return schema != null ? schema : connection.getCatalog();
    } catch (SQLException e) {
      throw new SynthException("Could not ask the connection for its current schema", e);
    }
  }

  private static boolean isBaseTable(TableDefinition table) {
    TableType type = table.getTableOptions() == null ? null : table.getTableOptions().type();
    boolean plainType = type == null || type == TableType.TABLE || type == TableType.UNKNOWN;
    // jooq-meta marks a PostgreSQL partition (and an inheriting table) with its parent.
    return plainType
        && !table.isView()
        && !table.isMaterializedView()
        && !table.isTableValuedFunction()
        && !table.isTemporary()
        && table.getParentTable() == null;
  }

  private static Database database(Connection connection, SQLDialect dialect) {
    Database database = Databases.database(dialect);
    database.setConnection(connection);
    database.setOnError(OnError.FAIL);
    database.setIncludes(new String[] {".*"});
    database.setExcludes(new String[0]);
    database.setIncludeTables(true);
    database.setIncludeInvisibleColumns(true);
    database.setIncludePrimaryKeys(true);
    database.setIncludeUniqueKeys(true);
    database.setIncludeForeignKeys(true);
    database.setIncludeIndexes(true);
    database.setIncludeCheckConstraints(true);
    database.setIncludeDomains(true);
    database.setIncludeSystemTables(false);
    database.setIncludeSystemIndexes(false);
    database.setIncludeSystemCheckConstraints(false);
    skipWhatSynthNeverUses(database);
    return database;
  }

  private static void skipWhatSynthNeverUses(Database database) {
    database.setIncludeRoutines(false);
    database.setIncludeTriggerRoutines(false);
    database.setIncludePackages(false);
    database.setIncludeSequences(false);
    database.setIncludeUDTs(false);
    database.setIncludeEmbeddables(false);
    database.setIncludeXMLSchemaCollections(false);
  }
}
