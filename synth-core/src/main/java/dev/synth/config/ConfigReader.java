package dev.synth.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synth.ConfigException;
import java.util.List;
import java.util.Optional;

/** Turns the YAML tree of a config file into a {@link SynthConfig}, checking every key. */
final class ConfigReader {
  static final List<String> KEYS =
      List.of(
          "seed",
          "rows",
          "mode",
          "batchSize",
          "nullFraction",
          "schema",
          "include",
          "exclude",
          "tables",
          "profile",
          "scale");

  private static final String TABLE_NAMES = "a list of table names";

  private ConfigReader() {}

  static SynthConfig read(JsonNode root, String source) {
    YamlMap map = YamlMap.root(root, source).allowOnly(KEYS);
    SynthConfig defaults = SynthConfig.defaults();
    try {
      return new SynthConfig(
          map.anyLong("seed").orElse(defaults.seed()),
          map.nonNegativeLong("rows").orElse(defaults.rows()),
          mode(map).orElse(defaults.mode()),
          map.intAtLeast("batchSize", 1, "a positive integer").orElse(defaults.batchSize()),
          map.fraction("nullFraction").orElse(defaults.nullFraction()),
          map.text("schema", "a schema name").orElse(null),
          map.textList("include", TABLE_NAMES),
          map.textList("exclude", TABLE_NAMES),
          TableReader.tables(map.map("tables", "a mapping from table name to its settings")),
          map.text("profile", "the path of a profile file").orElse(null),
          map.positive("scale").orElse(SynthConfig.DEFAULT_SCALE));
    } catch (IllegalArgumentException e) {
      // The readers check everything the records check; this only guards against drift.
      throw new ConfigException(source + ": " + e.getMessage(), e);
    }
  }

  private static Optional<Mode> mode(YamlMap map) {
    String modes = "one of " + String.join(", ", modeKeys());
    return map.get("mode")
        .map(
            node -> {
              if (!node.isTextual()) {
                throw map.invalid("mode", modes, node);
              }
              try {
                return Mode.parse(node.textValue());
              } catch (IllegalArgumentException e) {
                throw map.invalid("mode", modes, node);
              }
            });
  }

  private static List<String> modeKeys() {
    return List.of(Mode.values()).stream().map(Mode::key).toList();
  }
}
