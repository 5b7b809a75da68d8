package dev.synth.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one table's {@code columns} section into {@link ColumnConfig} rules. */
final class ColumnReader {
  static final List<String> KEYS =
      List.of("value", "values", "faker", "min", "max", "nullFraction");

  private static final List<String> KINDS = List.of("value", "values", "faker");
  private static final String SCALAR = "a number, a text or a boolean";
  private static final String BOUND = "a number or an ISO date/time such as \"2020-01-01\"";
  private static final String FAKER = "a Datafaker expression such as \"#{Internet.emailAddress}\"";

  private ColumnReader() {}

  static Map<String, ColumnConfig> columns(YamlMap columns) {
    Map<String, ColumnConfig> result = new LinkedHashMap<>();
    for (String name : columns.keys()) {
      result.put(name, column(columns.map(name, "a mapping with value, values or faker")));
    }
    return result;
  }

  private static ColumnConfig column(YamlMap column) {
    column.allowOnly(KEYS);
    List<String> kinds = KINDS.stream().filter(column::has).toList();
    if (kinds.size() > 1) {
      throw column.problem(
          "takes only one of value, values and faker but had " + String.join(" and ", kinds));
    }
    Object min = bound(column, "min");
    Object max = bound(column, "max");
    requireOrdered(column, min, max);
    return new ColumnConfig(
        value(column),
        WeightedValues.read(column),
        column.text("faker", FAKER).orElse(null),
        min,
        max,
        column.fraction("nullFraction").orElse(null));
  }

  private static Object value(YamlMap column) {
    if (!column.has("value")) {
      return null;
    }
    JsonNode node = column.get("value").orElse(null);
    if (node == null) {
      throw column.invalid("value", SCALAR + " (for a column of NULLs use nullFraction: 1)", null);
    }
    if (!JsonNodes.isScalar(node)) {
      throw column.invalid("value", SCALAR, node);
    }
    return JsonNodes.scalar(node);
  }

  private static Object bound(YamlMap column, String key) {
    return column
        .get(key)
        .map(
            node -> {
              if (!JsonNodes.isFiniteNumber(node) && !node.isTextual()) {
                throw column.invalid(key, BOUND, node);
              }
              return JsonNodes.scalar(node);
            })
        .orElse(null);
  }

  /** Only numbers are compared here; the engine compares dates once it knows the column type. */
  private static void requireOrdered(YamlMap column, Object min, Object max) {
    if (min instanceof Number low && max instanceof Number high) {
      if (new BigDecimal(low.toString()).compareTo(new BigDecimal(high.toString())) > 0) {
        throw column.problem("needs min <= max but had min=" + min + ", max=" + max);
      }
    }
  }
}
