package dev.synth.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a column's {@code values}: a mapping from value to weight, or a list of values that all
 * weigh the same.
 */
final class WeightedValues {
  private static final String EXPECTED =
      "a mapping from value to weight or a list of values, not empty";
  private static final String WEIGHT = "a weight (a non-negative number)";
  private static final String ITEM = "a list of numbers, texts or booleans";

  private WeightedValues() {}

  static Map<Object, Double> read(YamlMap column) {
    JsonNode node = column.get("values").orElse(null);
    if (node == null) {
      if (column.has("values")) {
        throw column.invalid("values", EXPECTED, null);
      }
      return Map.of();
    }
    if (node.isEmpty() || !(node.isObject() || node.isArray())) {
      throw column.invalid("values", EXPECTED, node);
    }
    Map<Object, Double> weights =
        node.isObject() ? weighted(column.map("values", EXPECTED)) : equal(column, node);
    if (weights.values().stream().allMatch(w -> w == 0)) {
      throw column.problem("gives every one of its values weight 0; make at least one positive");
    }
    return weights;
  }

  /** Mapping keys are text in YAML, so the values stay String here. */
  private static Map<Object, Double> weighted(YamlMap values) {
    Map<Object, Double> weights = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : values.entries()) {
      JsonNode weight = entry.getValue();
      if (!JsonNodes.isFiniteNumber(weight) || weight.doubleValue() < 0) {
        throw values.invalid(entry.getKey(), WEIGHT, weight);
      }
      weights.put(entry.getKey(), weight.doubleValue());
    }
    return weights;
  }

  private static Map<Object, Double> equal(YamlMap column, JsonNode list) {
    Map<Object, Double> weights = new LinkedHashMap<>();
    for (JsonNode item : list) {
      if (!JsonNodes.isScalar(item)) {
        throw column.invalid("values", ITEM, list);
      }
      if (weights.put(JsonNodes.scalar(item), 1.0) != null) {
        throw column.problem("lists the value " + JsonNodes.describe(item) + " twice in values");
      }
    }
    return weights;
  }
}
