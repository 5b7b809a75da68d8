package dev.synth.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.synth.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes and reads a {@link Profile} as JSON meant to be reviewed and committed: pretty-printed,
 * one array element per line, keys in the records' declaration order, {@code \n} line ends, so the
 * same profile always gives the same text and a changed statistic is a one-line diff.
 *
 * <pre>{@code
 * ProfileFile.write(profile, Path.of("app-profile.json"));
 * Profile again = ProfileFile.read(Path.of("app-profile.json"));
 * }</pre>
 */
public final class ProfileFile {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null))
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private ProfileFile() {}

  /** The profile as JSON text, ending with a newline. */
  public static String toJson(Profile profile) {
    try {
      return JSON.writer(printer()).writeValueAsString(profile) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the profile as JSON: " + e.getMessage(), e);
    }
  }

  /** Writes the profile to {@code file}, replacing it. */
  public static void write(Profile profile, Path file) {
    try {
      Files.writeString(file, toJson(profile));
    } catch (IOException e) {
      throw new ConfigException("cannot write profile " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a profile written by {@link #write}; its path appears in every error message. */
  public static Profile read(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          "profile file " + file + " does not exist; learn one with synth:profile", e);
    } catch (IOException e) {
      throw new ConfigException("cannot read profile " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses profile JSON.
   *
   * @param sourceName how error messages name the text, usually its file name
   */
  public static Profile parse(String json, String sourceName) {
    try {
      JsonNode tree = JSON.readTree(json);
      checkVersion(tree, sourceName);
      return JSON.treeToValue(tree, Profile.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          sourceName + " is not a valid profile: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(sourceName + " is not a valid profile: " + e.getMessage(), e);
    }
  }

  private static void checkVersion(JsonNode tree, String sourceName) {
    JsonNode version = tree == null ? null : tree.get("formatVersion");
    if (version == null || !version.isInt()) {
      throw new ConfigException(
          sourceName + " is not a Synth profile: it has no integer formatVersion");
    }
    if (version.intValue() != Profile.FORMAT_VERSION) {
      throw new ConfigException(
          sourceName
              + " has profile format version "
              + version.intValue()
              + ", but this Synth reads version "
              + Profile.FORMAT_VERSION
              + "; learn the profile again with this Synth's synth:profile, or use the Synth"
              + " release that wrote it");
    }
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
