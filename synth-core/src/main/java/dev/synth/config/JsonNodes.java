package dev.synth.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Converts YAML tree nodes into plain Java values and into words for error messages. */
final class JsonNodes {
  private JsonNodes() {}

  static JsonNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }

  static boolean isScalar(JsonNode node) {
    return node.isTextual() || node.isNumber() || node.isBoolean();
  }

  /** A number other than YAML's {@code .nan} and {@code .inf}. */
  static boolean isFiniteNumber(JsonNode node) {
    return node.isNumber() && Double.isFinite(node.doubleValue());
  }

  /**
   * The scalar as YAML typed it: String, Boolean, Integer, Long, Double or BigDecimal (integers
   * beyond {@code long} become BigDecimal so callers see only these types).
   */
  static Object scalar(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    Number number = node.numberValue();
    return number instanceof BigInteger big ? new BigDecimal(big) : number;
  }

  /** How an error message shows a value: {@code 'many'}, {@code a list}, {@code empty}. */
  static String describe(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "empty";
    }
    if (node.isArray()) {
      return node.isEmpty() ? "an empty list" : "a list";
    }
    if (node.isObject()) {
      return node.isEmpty() ? "an empty mapping" : "a mapping";
    }
    return "'" + node.asText() + "'";
  }
}
