package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.util.List;
import java.util.function.Function;

/** Test fixtures: columns, tables and cells. */
final class Columns {
  private Columns() {}

  static Column column(String name, TypeKind kind) {
    return new Column(name, ColumnType.of(kind), false, false, null);
  }

  static Column text(String name, TypeKind kind, int length) {
    return new Column(
        name, new ColumnType(kind, kind.name(), length, 0, 0, List.of()), false, false, null);
  }

  static Column decimal(String name, int precision, int scale) {
    return new Column(
        name,
        new ColumnType(TypeKind.DECIMAL, "DECIMAL", 0, precision, scale, List.of()),
        false,
        false,
        null);
  }

  static Column enumColumn(String name, String... values) {
    return new Column(
        name,
        new ColumnType(TypeKind.ENUM, "order_status", 0, 0, 0, List.of(values)),
        false,
        false,
        null);
  }

  static Table table(String name, Column... columns) {
    return new Table(
        new QualifiedName("PUBLIC", name), List.of(columns), null, List.of(), List.of(), List.of());
  }

  static Cell cell(long seed, long row) {
    return cell(seed, row, c -> null);
  }

  static Cell cell(long seed, long row, Function<String, Object> rowValues) {
    return Cell.of(Seeds.cell(seed, Seeds.key("t"), Seeds.key("c"), row), row, rowValues);
  }
}
