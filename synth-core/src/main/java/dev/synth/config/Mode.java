package dev.synth.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What to do with tables that already hold rows. */
public enum Mode {
  /** Refuse to write into a non-empty table (the default). */
  FAIL_IF_NOT_EMPTY,
  /** Delete the existing rows of the filled tables first. */
  TRUNCATE,
  /** Keep existing rows and add new ones after them. */
  APPEND;

  /** The spelling used in files and properties: {@code fail-if-not-empty}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@code fail-if-not-empty}, {@code truncate} or {@code append}, any case. */
  public static Mode parse(String text) {
    String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values())
        .filter(m -> m.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown mode '"
                        + text
                        + "'; valid modes are "
                        + Arrays.stream(values())
                            .map(Mode::key)
                            .collect(Collectors.joining(", "))));
  }
}
