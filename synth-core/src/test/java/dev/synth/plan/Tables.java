package dev.synth.plan;

import dev.synth.schema.Check;
import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import dev.synth.schema.UniqueKey;
import java.util.ArrayList;
import java.util.List;

/** Builds schema records for planner tests, without a database. */
final class Tables {
  private final String name;
  private final List<Column> columns = new ArrayList<>();
  private UniqueKey primaryKey;
  private final List<UniqueKey> unique = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<Check> checks = new ArrayList<>();

  private Tables(String name) {
    this.name = name;
  }

  static Tables table(String name) {
    return new Tables(name);
  }

  static QualifiedName name(String table) {
    return new QualifiedName("PUBLIC", table);
  }

  Tables id() {
    columns.add(new Column("ID", ColumnType.of(TypeKind.BIGINT), false, true, null));
    primaryKey = new UniqueKey("PK_" + name, List.of("ID"), true, null);
    return this;
  }

  Tables column(String column, TypeKind kind, boolean nullable) {
    columns.add(new Column(column, ColumnType.of(kind), nullable, false, null));
    return this;
  }

  Tables varchar(String column, int length, boolean nullable) {
    columns.add(
        new Column(
            column,
            new ColumnType(TypeKind.VARCHAR, "VARCHAR", length, 0, 0, List.of()),
            nullable,
            false,
            null));
    return this;
  }

  Tables ref(String column, String target, boolean nullable) {
    return ref(column, target, nullable, false);
  }

  Tables ref(String column, String target, boolean nullable, boolean deferrable) {
    columns.add(new Column(column, ColumnType.of(TypeKind.BIGINT), nullable, false, null));
    foreignKeys.add(
        new ForeignKey(
            "FK_" + name + "_" + column, List.of(column), name(target), List.of("ID"), deferrable));
    return this;
  }

  Tables primaryKey(String... cols) {
    primaryKey = new UniqueKey("PK_" + name, List.of(cols), true, null);
    return this;
  }

  Tables unique(String... cols) {
    unique.add(
        new UniqueKey("UK_" + name + "_" + String.join("_", cols), List.of(cols), false, null));
    return this;
  }

  Tables check(Check check) {
    checks.add(check);
    return this;
  }

  Table build() {
    return new Table(name(name), columns, primaryKey, unique, foreignKeys, checks);
  }
}
