package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Injective maps from a row index to a column value, with their exact capacity, for primary keys,
 * unique constraints and unique indexes.
 *
 * <pre>{@code
 * UniqueGenerator ids = UniqueGenerators.forColumn(orders, idColumn, Bounds.NONE);
 * ids.at(0, cell); // 1, or the lower bound when the bounds give one
 * }</pre>
 */
public final class UniqueGenerators {
  private static final int DEFAULT_BINARY_LENGTH = 16;

  private UniqueGenerators() {}

  /**
   * A generator whose {@code at(i)} differs for every {@code i} below its capacity.
   *
   * @throws IllegalArgumentException when the bounds leave no value or the type is not generated
   */
  public static UniqueGenerator forColumn(Table table, Column column, Bounds bounds) {
    if (!bounds.allowed().isEmpty()) {
      return list(TypeGenerators.allowedValues(column, bounds));
    }
    return switch (column.type().kind()) {
      case BOOLEAN ->
          list(TypeGenerators.allowedValues(column, bounds.withAllowed(List.of(false, true))));
      case ENUM ->
          list(
              TypeGenerators.allowedValues(
                  column, bounds.withAllowed(new ArrayList<>(column.type().enumValues()))));
      case TINYINT, SMALLINT, INTEGER, BIGINT -> UniqueNumbers.integer(column, bounds);
      case DECIMAL -> UniqueNumbers.decimal(column, bounds);
      case REAL, DOUBLE -> UniqueNumbers.floating(column, bounds);
      case CHAR, VARCHAR, CLOB -> UniqueText.forColumn(column, bounds);
      case DATE, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ -> UniqueNumbers.temporal(column, bounds);
      case UUID ->
          new IndexedValues(
              UniqueIds.UUID_CAPACITY, "UUID from the index", (i, cell) -> UniqueIds.uuid(i));
      case BINARY, VARBINARY, BLOB -> binary(column);
      case JSON ->
          new IndexedValues(
              Long.MAX_VALUE,
              "JSON object with the index as id",
              (i, cell) -> "{\"id\": " + i + "}");
      case INET -> Addresses.unique(column);
      case SET, INTERVAL, ARRAY, OTHER -> throw TypeGenerators.notGenerated(column);
    };
  }

  private static UniqueGenerator list(List<Object> values) {
    return new IndexedValues(values.size(), "each of " + values, (i, cell) -> values.get((int) i));
  }

  private static UniqueGenerator binary(Column column) {
    int length = column.type().length();
    int width =
        switch (column.type().kind()) {
          case BINARY -> length > 0 ? length : DEFAULT_BINARY_LENGTH;
          default -> length > 0 ? Math.min(length, 8) : 8;
        };
    long capacity = width >= 8 ? Long.MAX_VALUE : BigIntegerPowers.pow(256, width);
    return new IndexedValues(
        capacity, width + " bytes holding the index", (i, cell) -> UniqueIds.bytes(i, width));
  }
}
