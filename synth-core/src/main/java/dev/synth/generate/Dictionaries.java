package dev.synth.generate;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;

/**
 * Datafaker's English word lists that recognise a kind of text by its values, lower-cased, keyed by
 * kind id in the order ties are broken. Cities are only the capitals Datafaker lists: its English
 * cities are made up ({@code Alfredostad}), so a column of other real cities is not recognised by
 * its values. Loaded once, on first use.
 */
final class Dictionaries {
  private Dictionaries() {}

  static Map<String, Set<String>> byKind() {
    return Loaded.BY_KIND;
  }

  private static final class Loaded {
    static final Map<String, Set<String>> BY_KIND = load();

    private static Map<String, Set<String>> load() {
      // Only the word lists are read; this Faker never makes a value, so its seed is irrelevant.
      Faker faker = new Faker(Locale.ENGLISH, new Random(0));
      Map<String, Set<String>> byKind = new LinkedHashMap<>();
      byKind.put("country", words(faker, "address.country"));
      byKind.put("first-name", words(faker, "name.male_first_name", "name.female_first_name"));
      byKind.put("last-name", words(faker, "name.last_name"));
      byKind.put("city", words(faker, "nation.capital_city"));
      return Collections.unmodifiableMap(byKind);
    }

    private static Set<String> words(Faker faker, String... keys) {
      Set<String> words = new HashSet<>();
      for (String key : keys) {
        List<?> list = faker.fakeValuesService().fetchObject(key, faker.getContext());
        list.forEach(w -> words.add(w.toString().toLowerCase(Locale.ROOT)));
      }
      return Set.copyOf(words);
    }
  }
}
