package dev.synth.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.synth.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the YAML configuration file ({@code synth.yaml} by default) into a {@link SynthConfig}.
 *
 * <pre>{@code
 * SynthConfig config = ConfigFile.read(Path.of("synth.yaml"));
 * SynthConfig inline = ConfigFile.parse("seed: 7\nrows: 10\n", "inline");
 * }</pre>
 *
 * <p>Every problem is a {@link ConfigException} naming the file, the path of the bad key and what
 * would be valid. Whether the named tables and columns exist is checked later, against the schema.
 */
public final class ConfigFile {

  /** The file the plugin and the extension look for when no other is named. */
  public static final String DEFAULT_NAME = "synth.yaml";

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private ConfigFile() {}

  /**
   * Reads and validates {@code file}; its path appears in every error message. A relative {@code
   * profile} path is resolved against the file's directory.
   */
  public static SynthConfig read(Path file) {
    String source = file.toString();
    try {
      SynthConfig config = parse(Files.readString(file), source);
      Path dir = file.toAbsolutePath().getParent();
      return config.profile() == null || dir == null
          ? config
          : config.withProfile(dir.resolve(config.profile()).normalize().toString());
    } catch (NoSuchFileException e) {
      throw new ConfigException("config file " + source + " does not exist", e);
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses and validates YAML text.
   *
   * @param yaml the file's content
   * @param sourceName how error messages name the text, usually its file name
   */
  public static SynthConfig parse(String yaml, String sourceName) {
    return ConfigReader.read(tree(yaml, sourceName), sourceName);
  }

  private static JsonNode tree(String yaml, String sourceName) {
    try {
      return YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new ConfigException(syntaxError(e, sourceName), e);
    }
  }

  private static String syntaxError(JsonProcessingException e, String sourceName) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return sourceName + " is not valid YAML" + where + ": " + e.getOriginalMessage();
  }
}
