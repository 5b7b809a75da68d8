package dev.synth.servers;

import dev.synth.config.ColumnConfig;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Schema scripts from the test resources, and configs with one column rule. */
final class Fixtures {
  private Fixtures() {}

  static String read(String resource) throws IOException {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static SynthConfig withColumn(
      SynthConfig config, String table, String column, ColumnConfig rule) {
    return config.withTable(table, new TableConfig(null, null, Map.of(column, rule)));
  }
}
