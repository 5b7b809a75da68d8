package dev.synth.introspect;

import dev.synth.ConnectException;
import dev.synth.SynthException;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 * Reads the base tables of one or more schemas, with their columns, keys, unique indexes, foreign
 * keys and checks, into a {@link Schema}. Views, materialized views, temporary tables and
 * partitions are left out (a partitioned table is read, and filled, as one table). Tables of other
 * schemas (PostgreSQL) or databases (MySQL, MariaDB) that foreign keys reference are read too, as
 * {@link Schema#outside()}: referenced, never filled unless selected.
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
   * @param schemaName the schema, several separated by commas ({@code "sales, crm"}), or {@code
   *     null} for the connection's current schema; matched case-insensitively when there is no
   *     exact match
   * @throws IllegalArgumentException when the schema does not exist
   */
  public static Schema read(Connection connection, String schemaName) {
    Objects.requireNonNull(connection, "connection");
    SQLDialect dialect = JDBCUtils.dialect(connection);
    String wanted = schemaName != null ? schemaName : currentSchema(connection);
    try {
      List<String> schemas = new ArrayList<>();
      for (String name : names(wanted)) {
        schemas.add(existingSchema(connection, dialect, name));
      }
      boolean mysql = TableMapper.family(dialect) == ColumnTypes.Family.MYSQL;
      PostgresCatalog catalog =
          isPostgres(dialect) ? PostgresCatalog.read(connection, schemas) : PostgresCatalog.NONE;
      Set<QualifiedName> outside =
          mysql ? otherDatabases(connection, schemas) : catalog.referencedOutside();
      List<String> all = new ArrayList<>(schemas);
      outside.stream().map(QualifiedName::schema).distinct().forEach(all::add);
      Database database = database(connection, dialect);
      database.setConfiguredSchemata(
          all.stream().map(s -> new SchemaMappingType().withInputSchema(s)).toList());
      TableMapper mapper =
          new TableMapper(
              database,
              dialect,
              catalog,
              mysql ? DeclaredTypes.read(connection, all) : DeclaredTypes.none(),
              mysql ? DeclaredKeys.read(connection, all) : DeclaredKeys.none());
      List<Table> tables = new ArrayList<>();
      for (String schema : all) {
        boolean selected = schemas.contains(schema);
        for (TableDefinition definition : database.getTables(database.getSchema(schema))) {
          QualifiedName name = TableMapper.qualifiedName(definition);
          if (isBaseTable(definition, catalog) && (selected || outside.contains(name))) {
            tables.add(mapper.table(definition));
          }
        }
      }
      return new Schema(tables, outside);
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

  /** Tables of unselected MySQL/MariaDB databases that the selected ones reference. */
  private static Set<QualifiedName> otherDatabases(Connection connection, List<String> schemas) {
    Set<QualifiedName> outside = new LinkedHashSet<>();
    for (String schema : schemas) {
      for (QualifiedName table : OtherDatabases.referencedFrom(connection, schema)) {
        if (!schemas.contains(table.schema())) {
          outside.add(table);
        }
      }
    }
    return outside;
  }

  /** {@code "sales, crm"} selects both schemas. */
  private static List<String> names(String wanted) {
    if (wanted == null) {
      return java.util.Collections.singletonList(null);
    }
    return Arrays.stream(wanted.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean isPostgres(SQLDialect dialect) {
    return dialect.family() == SQLDialect.POSTGRES;
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

  private static boolean isBaseTable(TableDefinition table, PostgresCatalog catalog) {
    TableType type = table.getTableOptions() == null ? null : table.getTableOptions().type();
    boolean plainType = type == null || type == TableType.TABLE || type == TableType.UNKNOWN;
    // jooq-meta marks a PostgreSQL partition and an inheriting (INHERITS) table alike with their
    // parent; only a partition is filled through its parent, an inheriting table is its own.
    boolean partition =
        catalog == PostgresCatalog.NONE
            ? table.getParentTable() != null
            : catalog.isPartition(TableMapper.qualifiedName(table));
    return plainType
        && !table.isView()
        && !table.isMaterializedView()
        && !table.isTableValuedFunction()
        && !table.isTemporary()
        && !partition;
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
