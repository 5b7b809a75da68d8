package dev.synth.introspect;

import dev.synth.introspect.ColumnTypes.Family;
import dev.synth.schema.Check;
import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import dev.synth.schema.UniqueKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Table t = new TableMapper(database, SQLDialect.H2, PostgresCatalog.NONE, DeclaredTypes.none(),
 *     DeclaredKeys.none())
 *     .table(database.getTable(schema, "ORDERS"));
 * }</pre>
 */
final class TableMapper {
  // MariaDB stores JSON as LONGTEXT with this check; such a column is JSON to the engine.
  private static final Pattern JSON_VALID =
      Pattern.compile(
          "\\s*json_valid\\s*\\(\\s*`?([^`()]+)`?\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);

  private final Database database;
  private final Family family;
  private final CheckParser checks;
  private final PostgresCatalog catalog;
  private final DeclaredTypes declared;
  private final DeclaredKeys declaredKeys;

  /**
   * @param catalog what jooq-meta leaves out on PostgreSQL ({@link PostgresCatalog#NONE} elsewhere)
   * @param declared MySQL column types as declared ({@link DeclaredTypes#none()} elsewhere)
   * @param declaredKeys MySQL primary keys read case-exactly ({@link DeclaredKeys#none()}
   *     elsewhere)
   */
  TableMapper(
      Database database,
      SQLDialect dialect,
      PostgresCatalog catalog,
      DeclaredTypes declared,
      DeclaredKeys declaredKeys) {
    this.database = database;
    this.family = family(dialect);
    this.checks = new CheckParser(dialect);
    this.catalog = catalog;
    this.declared = declared;
    this.declaredKeys = declaredKeys;
  }

  static Family family(SQLDialect dialect) {
    return switch (dialect.family()) {
      case H2 -> Family.H2;
      case POSTGRES, YUGABYTEDB -> Family.POSTGRES;
      case MYSQL, MARIADB -> Family.MYSQL;
      default -> Family.OTHER;
    };
  }

  Table table(TableDefinition table) {
    QualifiedName name = qualifiedName(table);
    Set<String> json = jsonColumns(table);
    List<Column> columns =
        table.getColumns().stream()
            .map(c -> column(name, table, c, json.contains(c.getName())))
            .toList();
    UniqueKey primaryKey =
        declaredKeys.primaryKey(
            table.getSchema().getName(), table.getName(), UniqueKeys.primaryKey(table));
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

  private Column column(
      QualifiedName name, TableDefinition table, ColumnDefinition column, boolean json) {
    DataTypeDefinition type = column.getType();
    String typeName = typeName(table, column);
    ColumnType columnType =
        json
            ? new ColumnType(TypeKind.JSON, typeName + " (json_valid)", 0, 0, 0, List.of())
            : ColumnTypes.of(
                family,
                typeName,
                type.getLength(),
                type.getPrecision(),
                type.getScale(),
                members(typeName, type));
    // jooq-meta drops PostgreSQL's nextval(...) defaults; identity reset needs their sequence.
    String defaultValue =
        type.getDefaultValue() != null
            ? type.getDefaultValue()
            : catalog.defaultValue(name, column.getName());
    return new Column(
        column.getName(),
        columnType,
        type.isNullable(),
        column.isIdentity() || isSequenceDefault(defaultValue),
        defaultValue,
        type.isComputed());
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

  private String typeName(TableDefinition table, ColumnDefinition column) {
    return declared
        .of(table.getSchema().getName(), table.getName(), column.getName())
        .orElse(reportedName(column.getType()));
  }

  // PostgreSQL reports extension and composite types (citext, a row type) as USER-DEFINED; their
  // own name says more, and lets citext be read as the text it is.
  private static String reportedName(DataTypeDefinition type) {
    return "USER-DEFINED".equalsIgnoreCase(type.getType()) && type.getUserType() != null
        ? type.getUserType()
        : type.getType();
  }

  private Set<String> jsonColumns(TableDefinition table) {
    Set<String> result = new HashSet<>();
    if (family == Family.MYSQL) {
      for (CheckConstraintDefinition check : table.getCheckConstraints()) {
        Matcher m = JSON_VALID.matcher(check.getCheckClause());
        if (m.matches() && table.getColumn(m.group(1)) != null) {
          result.add(table.getColumn(m.group(1)).getName());
        }
      }
    }
    return result;
  }

  private List<String> members(String typeName, DataTypeDefinition type) {
    String lower = typeName.toLowerCase(Locale.ROOT);
    if (family == Family.MYSQL && (lower.startsWith("set(") || lower.startsWith("enum("))) {
      return QuotedList.members(typeName);
    }
    return enumLiterals(type);
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
    Set<String> json =
        columns.stream()
            .filter(c -> c.type().kind() == TypeKind.JSON)
            .map(Column::name)
            .collect(java.util.stream.Collectors.toSet());
    List<Check> result = new ArrayList<>();
    for (CheckConstraintDefinition check : table.getCheckConstraints()) {
      Matcher m = JSON_VALID.matcher(check.getCheckClause());
      if (family == Family.MYSQL && m.matches() && json.contains(m.group(1))) {
        continue; // the JSON kind already says it: generated values are valid JSON
      }
      result.add(checks.parse(check.getName(), check.getCheckClause(), names));
    }
    for (ColumnDefinition column : table.getColumns()) {
      ImpliedChecks.of(family, typeName(table, column), column.getName()).ifPresent(result::add);
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
}
