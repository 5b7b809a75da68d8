package dev.synth.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synth.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One YAML mapping of the config file with its path, offering typed look-ups whose errors name the
 * file, the path and the key.
 */
final class YamlMap {
  private final JsonNode node;
  private final String path;
  private final String source;

  private YamlMap(JsonNode node, String path, String source) {
    this.node = node;
    this.path = path;
    this.source = source;
  }

  /** The document root; an empty document reads as an empty mapping. */
  static YamlMap root(JsonNode node, String source) {
    if (node.isMissingNode() || node.isNull()) {
      return new YamlMap(JsonNodes.emptyObject(), "", source);
    }
    if (!node.isObject()) {
      throw new ConfigException(
          source
              + " must be a YAML mapping of settings such as seed, rows and tables but was "
              + JsonNodes.describe(node));
    }
    return new YamlMap(node, "", source);
  }

  /** Rejects any key outside {@code valid}, listing the valid ones. */
  YamlMap allowOnly(List<String> valid) {
    for (String key : keys()) {
      if (!valid.contains(key)) {
        throw new ConfigException(
            "unknown key '"
                + key
                + "'"
                + at()
                + " in "
                + source
                + "; valid keys are "
                + String.join(", ", valid));
      }
    }
    return this;
  }

  List<String> keys() {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  boolean has(String key) {
    return node.has(key);
  }

  /** The value of {@code key}, empty when the key is absent or its value is YAML null. */
  Optional<JsonNode> get(String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /** A nested mapping; absent or null reads as an empty mapping. */
  YamlMap map(String key, String expected) {
    Optional<JsonNode> value = get(key);
    if (value.isPresent() && !value.get().isObject()) {
      throw invalid(key, expected, value.get());
    }
    return new YamlMap(value.orElse(JsonNodes.emptyObject()), child(key), source);
  }

  /** The mapping's entries, in file order. */
  List<Map.Entry<String, JsonNode>> entries() {
    return new ArrayList<>(node.properties());
  }

  Optional<Long> nonNegativeLong(String key) {
    return get(key).map(v -> requireLong(key, v, 0, "a non-negative integer"));
  }

  Optional<Long> anyLong(String key) {
    return get(key).map(v -> requireLong(key, v, Long.MIN_VALUE, "an integer"));
  }

  Optional<Integer> intAtLeast(String key, int min, String expected) {
    return get(key)
        .map(
            v -> {
              if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min) {
                throw invalid(key, expected, v);
              }
              return v.intValue();
            });
  }

  Optional<Double> fraction(String key) {
    return get(key)
        .map(
            v -> {
              if (!v.isNumber() || !(v.doubleValue() >= 0 && v.doubleValue() <= 1)) {
                throw invalid(key, "a number between 0 and 1", v);
              }
              return v.doubleValue();
            });
  }

  Optional<Double> positive(String key) {
    return get(key)
        .map(
            v -> {
              if (!v.isNumber() || !(v.doubleValue() > 0) || Double.isInfinite(v.doubleValue())) {
                throw invalid(key, "a positive number", v);
              }
              return v.doubleValue();
            });
  }

  Optional<String> text(String key, String expected) {
    return get(key)
        .map(
            v -> {
              if (!v.isTextual() || v.textValue().isBlank()) {
                throw invalid(key, expected, v);
              }
              return v.textValue();
            });
  }

  List<String> textList(String key, String expected) {
    Optional<JsonNode> value = get(key);
    if (value.isEmpty()) {
      return List.of();
    }
    JsonNode list = value.get();
    if (!list.isArray()) {
      throw invalid(key, expected, list);
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode item : list) {
      if (!item.isTextual() || item.textValue().isBlank()) {
        throw invalid(key, expected, list);
      }
      texts.add(item.textValue());
    }
    return texts;
  }

  /** The error for a key that must be present. */
  ConfigException missing(String key, String expected) {
    return new ConfigException(
        "missing key '" + key + "'" + at() + " in " + source + "; it must be " + expected);
  }

  private long requireLong(String key, JsonNode value, long min, String expected) {
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min) {
      throw invalid(key, expected, value);
    }
    return value.longValue();
  }

  /** "rows at tables.customer in synth.yaml must be a non-negative integer but was 'many'". */
  ConfigException invalid(String key, String expected, JsonNode actual) {
    return new ConfigException(
        key
            + at()
            + " in "
            + source
            + " must be "
            + expected
            + " but was "
            + JsonNodes.describe(actual));
  }

  /** An error about this mapping as a whole, e.g. two keys that exclude each other. */
  ConfigException problem(String what) {
    String name = path.isEmpty() ? source : path + " in " + source;
    return new ConfigException(name + " " + what);
  }

  String path() {
    return path;
  }

  String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private String at() {
    return path.isEmpty() ? "" : " at " + path;
  }
}
