package dev.synth.generate;

import static dev.synth.generate.Columns.cell;
import static dev.synth.generate.Columns.column;
import static dev.synth.generate.Columns.table;
import static dev.synth.generate.Columns.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.schema.Column;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Kind ids: from a column's name, from a sample of values, and back to a generator. */
class SemanticKindsTest {
  private static final Table CUSTOMER = table("CUSTOMER", column("ID", TypeKind.INTEGER));

  private static Optional<String> byName(String name, TypeKind kind, int length) {
    Column c = text(name, kind, length);
    return SemanticGenerators.kindOf(table("CUSTOMER", c), c);
  }

  private static List<String> values(int n, IntFunction<String> value) {
    return IntStream.range(0, n).mapToObj(value).toList();
  }

  @Test
  void namesGiveStableKindIds() {
    assertThat(byName("customer_email", TypeKind.VARCHAR, 80)).contains("email");
    assertThat(byName("firstName", TypeKind.VARCHAR, 40)).contains("first-name");
    assertThat(byName("billingCity", TypeKind.VARCHAR, 40)).contains("city");
    assertThat(byName("country_code", TypeKind.CHAR, 2)).contains("country-code");
    assertThat(byName("notes", TypeKind.CLOB, 0)).contains("sentences");
    assertThat(byName("c7", TypeKind.VARCHAR, 80)).isEmpty();
    Column number = column("email", TypeKind.INTEGER);
    assertThat(SemanticGenerators.kindOf(table("CUSTOMER", number), number)).isEmpty();
  }

  @Test
  void everyKindANameGivesHasAGenerator() {
    for (TextRule rule : SemanticText.RULES) {
      Column c = text("c7", TypeKind.VARCHAR, 200);
      assertThat(SemanticGenerators.forKind(rule.id(), CUSTOMER, c, Bounds.NONE))
          .as(rule.id())
          .isPresent();
    }
  }

  @Test
  void aColumnWhoseNameMeansNothingGetsTheGeneratorOfItsKind() {
    Column c7 = text("c7", TypeKind.VARCHAR, 40);
    GeneratorChoice emails =
        SemanticGenerators.forKind("email", table("T", c7), c7, Bounds.NONE).orElseThrow();

    assertThat(emails.description()).startsWith("email");
    for (int row = 0; row < 1000; row++) {
      assertThat((String) emails.generator().next(cell(3, row)))
          .hasSizeLessThanOrEqualTo(40)
          .contains("@");
    }
  }

  @Test
  void unknownKindsTooShortColumnsAndNonTextColumnsGetNoGenerator() {
    Column c7 = text("c7", TypeKind.VARCHAR, 40);
    Column tiny = text("c8", TypeKind.VARCHAR, 2);
    Column number = column("c9", TypeKind.INTEGER);

    assertThat(SemanticGenerators.forKind("no-such-kind", CUSTOMER, c7, Bounds.NONE)).isEmpty();
    assertThat(SemanticGenerators.forKind("email", CUSTOMER, tiny, Bounds.NONE)).isEmpty();
    assertThat(SemanticGenerators.forKind("email", CUSTOMER, number, Bounds.NONE)).isEmpty();
  }

  @Test
  void patternsRecogniseMachineTextFromValues() {
    assertThat(SemanticGenerators.kindOfValues(values(50, i -> "user" + i + "@mail.example.org")))
        .contains("email");
    assertThat(
            SemanticGenerators.kindOfValues(
                values(50, i -> TypeGenerators.uuid(cell(1, i)).toString())))
        .contains("uuid");
    assertThat(SemanticGenerators.kindOfValues(values(50, i -> "https://shop" + i + ".example/a")))
        .contains("url");
    assertThat(SemanticGenerators.kindOfValues(values(50, i -> "10.0." + i + "." + (i * 3))))
        .contains("ip-address");
    assertThat(SemanticGenerators.kindOfValues(values(50, i -> "+1 (555) 010-" + (1000 + i))))
        .contains("phone");
  }

  @Test
  void numbersDatesAndCodesAreNotTakenForPhoneNumbers() {
    assertThat(SemanticGenerators.kindOfValues(values(50, i -> String.valueOf(5550100000L + i))))
        .isEmpty();
    assertThat(SemanticGenerators.kindOfValues(values(50, i -> "2024-01-" + (10 + i % 20))))
        .isEmpty();
    assertThat(SemanticGenerators.kindOfValues(values(50, i -> "1234567." + i))).isEmpty();
  }

  @Test
  void dictionariesRecogniseNamesAndCountriesWhenMostValuesAreInThem() {
    List<String> first = List.of("James", "Mary", "Robert", "Patricia", "John", "Linda");
    List<String> last = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller");
    List<String> countries = List.of("France", "Germany", "Japan", "Brazil", "Kenya", "Peru");

    assertThat(SemanticGenerators.kindOfValues(values(60, i -> first.get(i % 6))))
        .contains("first-name");
    assertThat(SemanticGenerators.kindOfValues(values(60, i -> last.get(i % 6))))
        .contains("last-name");
    assertThat(SemanticGenerators.kindOfValues(values(60, i -> countries.get(i % 6))))
        .contains("country");
  }

  @Test
  void freeTextMixedValuesAndSmallSamplesSayNothing() {
    List<String> mixed = new ArrayList<>(values(30, i -> "user" + i + "@example.org"));
    mixed.addAll(values(30, i -> "call me at home " + i));

    assertThat(SemanticGenerators.kindOfValues(values(50, i -> "the quick fox number " + i)))
        .isEmpty();
    assertThat(SemanticGenerators.kindOfValues(mixed)).isEmpty();
    assertThat(SemanticGenerators.kindOfValues(values(19, i -> "u" + i + "@example.org")))
        .isEmpty();
  }
}
