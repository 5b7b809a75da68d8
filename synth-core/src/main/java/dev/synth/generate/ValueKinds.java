package dev.synth.generate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells the kind of text a sample of values holds, from the values alone: first by pattern (at
 * least {@value #PATTERN_SHARE} of the values must match, the kinds tried in a fixed order), then
 * by {@link Dictionaries dictionary} (the dictionary holding the largest share wins, if that share
 * is at least {@value #DICTIONARY_SHARE}). Fewer than {@value #MIN_SAMPLE} non-blank values say
 * nothing.
 */
final class ValueKinds {
  static final int MIN_SAMPLE = 20;
  static final double PATTERN_SHARE = 0.9;
  static final double DICTIONARY_SHARE = 0.6;

  private static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern URL =
      Pattern.compile("(?i)(https?|ftp)://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?");
  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern PHONE = Pattern.compile("\\+?[(]?\\d[\\d ().-]*\\d");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}.*");

  /** Tried in order: a uuid is never taken for a phone number, nor an address for one. */
  private static final List<Map.Entry<String, Predicate<String>>> PATTERNS =
      List.of(
          Map.entry("uuid", v -> UUID.matcher(v).matches()),
          Map.entry("email", v -> EMAIL.matcher(v).matches()),
          Map.entry("url", v -> URL.matcher(v).matches()),
          Map.entry("ip-address", v -> IPV4.matcher(v).matches()),
          Map.entry("phone", ValueKinds::isPhone));

  private ValueKinds() {}

  static Optional<String> of(Collection<String> sample) {
    List<String> values =
        sample.stream()
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .toList();
    if (values.size() < MIN_SAMPLE) {
      return Optional.empty();
    }
    for (Map.Entry<String, Predicate<String>> kind : PATTERNS) {
      if (share(values, kind.getValue()) >= PATTERN_SHARE) {
        return Optional.of(kind.getKey());
      }
    }
    String best = null;
    double bestShare = -1;
    for (Map.Entry<String, Set<String>> dictionary : Dictionaries.byKind().entrySet()) {
      Set<String> words = dictionary.getValue();
      double share = share(values, v -> words.contains(v.toLowerCase(Locale.ROOT)));
      if (share >= DICTIONARY_SHARE && share > bestShare) {
        best = dictionary.getKey();
        bestShare = share;
      }
    }
    return Optional.ofNullable(best);
  }

  private static double share(List<String> values, Predicate<String> test) {
    return values.stream().filter(test).count() / (double) values.size();
  }

  /**
   * Seven to fifteen digits (E.164) with a {@code +} or a separator: a bare run of digits is as
   * likely an account number, and a date or a decimal is not a phone number.
   */
  static boolean isPhone(String v) {
    if (!PHONE.matcher(v).matches()
        || PLAIN_NUMBER.matcher(v).matches()
        || DATE.matcher(v).matches()) {
      return false;
    }
    long digits = v.chars().filter(Character::isDigit).count();
    return digits >= 7 && digits <= 15;
  }
}
