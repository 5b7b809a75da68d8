package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.time.temporal.Temporal;

/**
 * An {@code updated_at} that is never before the same row's {@code created_at}: between the created
 * value and the end of the reference window (or equal to it when it lies beyond).
 */
final class UpdatedAfterCreated {
  private UpdatedAfterCreated() {}

  static GeneratorChoice choose(Table table, Column column) {
    GeneratorChoice anyTime = TypeGenerators.forType(column, Bounds.NONE);
    for (Column sibling : table.columns()) {
      if (!sibling.name().equals(column.name())
          && sameFamily(sibling.type().kind(), column.type().kind())
          && SemanticRanges.isCreated(ColumnName.of(sibling.name()))) {
        return new GeneratorChoice(
            "modification time, not before " + sibling.name(),
            after(sibling.name(), column, anyTime.generator()));
      }
    }
    return new GeneratorChoice("modification time: " + anyTime.description(), anyTime.generator());
  }

  /** Dates and timestamps compare with each other; times of day only with times of day. */
  private static boolean sameFamily(TypeKind created, TypeKind updated) {
    return created.isTemporal() && timeOfDay(created) == timeOfDay(updated);
  }

  private static boolean timeOfDay(TypeKind kind) {
    return kind == TypeKind.TIME || kind == TypeKind.TIME_TZ;
  }

  private static ValueGenerator after(String created, Column column, ValueGenerator anyTime) {
    TypeKind kind = column.type().kind();
    long windowEnd = TemporalGenerators.units(column, Bounds.NONE).hi();
    return cell -> {
      Object value = cell.value(created);
      if (value == null) {
        return anyTime.next(cell);
      }
      Temporal t = (Temporal) JavaValues.convert(column.type(), value);
      long from =
          TemporalValues.floorUnits(kind, t) + (TemporalValues.hasFraction(kind, t) ? 1 : 0);
      long to = Math.max(from, windowEnd);
      return TemporalValues.fromUnits(kind, from + cell.nextLong(to - from + 1));
    };
  }
}
