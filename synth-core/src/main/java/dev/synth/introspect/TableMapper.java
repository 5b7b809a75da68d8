package dev.synth.introspect;

import dev.synth.introspect.ColumnTypes.Family;
import dev.synth.schema.Check;
import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import dev.synth.schema.UniqueKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.SQLDialect;
import org.jooq.meta.CheckConstraintDefinition;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.DataTypeDefinition;
import org.jooq.meta.Database;
import org.jooq.meta.DomainDefinition;
import org.jooq.meta.EnumDefinition;
import org.jooq.meta.ForeignKeyDefinition;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;

/**
 * Converts one jooq-meta table into our {@link Table} record.
 *
 * <pre>{@code
 * Table t = new TableMapper(database, SQLDialect.H2).table(database.getTable(schema, "ORDERS"));
 * }</pre>
 */
final class TableMapper {
  private final Database database;
  private final Family family;
  private final CheckParser checks;
  private final PostgresCatalog catalog;

  TableMapper(Database database, SQLDialect dialect) {
    this(database, dialect, PostgresCatalog.NONE);
  }

  TableMapper(Database database, SQLDialect dialect, PostgresCatalog catalog) {
    this.database = database;
    this.family = family(dialect);
    this.checks = new CheckParser(dialect);
    this.catalog = catalog;
  }

  Table table(TableDefinition table) {
    QualifiedName name = qualifiedName(table);
    List<Column> columns = table.getColumns().stream().map(c -> column(name, c)).toList();
    UniqueKey primaryKey = UniqueKeys.primaryKey(table);
    return new Table(
        name,
        columns,
        primaryKey,
        UniqueKeys.uniqueKeys(table, primaryKey, index -> catalog.predicate(name, index)),
        table.getForeignKeys().stream().map(fk -> foreignKey(name, fk)).toList(),
        checks(table, columns));
  }

  static QualifiedName qualifiedName(TableDefinition table) {
    SchemaDefinition schema = table.getSchema();
    return new QualifiedName(schema == null ? "" : schema.getName(), table.getName());
  }

  private Column column(QualifiedName table, ColumnDefinition column) {
    DataTypeDefinition type = column.getType();
    ColumnType columnType =
        ColumnTypes.of(
            family,
            typeName(type),
            type.getLength(),
            type.getPrecision(),
            type.getScale(),
            enumLiterals(type));
    // jooq-meta drops PostgreSQL's nextval(...) defaults; identity reset needs their sequence.
    String defaultValue =
        type.getDefaultValue() != null
            ? type.getDefaultValue()
            : catalog.defaultValue(table, column.getName());
    return new Column(
        column.getName(),
        columnType,
        type.isNullable(),
        column.isIdentity() || isSequenceDefault(defaultValue),
        defaultValue,
        type.isComputed());
  }

  // PostgreSQL reports extension and composite types (citext, a row type) as USER-DEFINED; their
  // own name says more, and lets citext be read as the text it is.
  private static String typeName(DataTypeDefinition type) {
    return "USER-DEFINED".equalsIgnoreCase(type.getType()) && type.getUserType() != null
        ? type.getUserType()
        : type.getType();
  }

  // A column filled from a sequence when omitted (PostgreSQL serial, H2 NEXT VALUE FOR) is as
  // database-generated as an identity, even when jooq-meta does not call it one.
  private static boolean isSequenceDefault(String defaultValue) {
    if (defaultValue == null) {
      return false;
    }
    String lower = defaultValue.toLowerCase(Locale.ROOT).strip();
    return lower.startsWith("nextval(") || lower.startsWith("next value for ");
  }

  private List<String> enumLiterals(DataTypeDefinition type) {
    if (type.getUserType() == null || type.getSchema() == null) {
      return List.of();
    }
    EnumDefinition definition = database.getEnum(type.getSchema(), type.getUserType());
    return definition == null ? List.of() : definition.getLiterals();
  }

  private ForeignKey foreignKey(QualifiedName table, ForeignKeyDefinition key) {
    return new ForeignKey(
        key.getName(),
        UniqueKeys.names(key.getKeyColumns()),
        qualifiedName(key.getReferencedTable()),
        UniqueKeys.names(key.getReferencedColumns()),
        catalog.isDeferrable(table, key.getName()));
  }

  /** The table's own checks, then the checks of the domains its columns use. */
  private List<Check> checks(TableDefinition table, List<Column> columns) {
    ColumnNames names = ColumnNames.of(columns.stream().map(Column::name).toList());
    List<Check> result = new ArrayList<>();
    for (CheckConstraintDefinition check : table.getCheckConstraints()) {
      result.add(checks.parse(check.getName(), check.getCheckClause(), names));
    }
    for (ColumnDefinition column : table.getColumns()) {
      ImpliedChecks.of(family, column.getType().getType(), column.getName()).ifPresent(result::add);
      DomainDefinition domain = column.getDomain();
      if (domain != null) {
        ColumnNames value = ColumnNames.forDomain(column.getName());
        for (String clause : domain.getCheckClauses()) {
          result.add(checks.parse(domain.getName(), clause, value));
        }
      }
    }
    return result;
  }

  private static Family family(SQLDialect dialect) {
    return switch (dialect.family()) {
      case H2 -> Family.H2;
      case POSTGRES, YUGABYTEDB -> Family.POSTGRES;
      case MYSQL, MARIADB -> Family.MYSQL;
      default -> Family.OTHER;
    };
  }
}
