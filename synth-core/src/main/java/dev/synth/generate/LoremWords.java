package dev.synth.generate;

import java.util.List;
import java.util.Locale;
import net.datafaker.Faker;

/**
 * Datafaker's English lorem-ipsum words, fetched once. Filler text picks from this list with the
 * cell's own stream: asking Faker for each word costs a provider lookup and an expression
 * resolution, which made filler columns the slowest part of bulk loads.
 *
 * <pre>{@code
 * String word = LoremWords.pick(cell); // e.g. "consequatur"
 * }</pre>
 */
final class LoremWords {
  private static final List<String> WORDS = load();

  private LoremWords() {}

  static String pick(Cell cell) {
    return WORDS.get(cell.nextInt(WORDS.size()));
  }

  private static List<String> load() {
    Faker faker = new Faker(Locale.ENGLISH);
    Object words = faker.fakeValuesService().fetchObject("lorem.words", faker.getContext());
    if (!(words instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalStateException("Datafaker has no lorem.words list but " + words);
    }
    return list.stream().map(String::valueOf).toList();
  }
}
