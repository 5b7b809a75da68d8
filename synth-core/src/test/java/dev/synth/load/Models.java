package dev.synth.load;

import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import dev.synth.schema.UniqueKey;
import java.util.List;

/** Hand-built schema records for tests. */
final class Models {
  private Models() {}

  static Column column(String name, TypeKind kind) {
    return new Column(name, ColumnType.of(kind), true, false, null);
  }

  static Column identity(String name) {
    return new Column(name, ColumnType.of(TypeKind.BIGINT), false, true, null);
  }

  static Table table(String name, List<Column> columns) {
    return table(name, columns, null, List.of(), List.of());
  }

  static Table table(
      String name,
      List<Column> columns,
      UniqueKey pk,
      List<UniqueKey> unique,
      List<ForeignKey> fks) {
    return new Table(new QualifiedName("PUBLIC", name), columns, pk, unique, fks, List.of());
  }
}
