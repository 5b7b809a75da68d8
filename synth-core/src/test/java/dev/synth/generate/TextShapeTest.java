package dev.synth.generate;

import static dev.synth.generate.Columns.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.profile.ValueShape;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextShapeTest {

  @Test
  void randomValuesFollowTheShapeAndRepeatForTheSameCell() {
    TextShape plate = TextShape.of("AA-9999 a.");
    Set<String> seen = new HashSet<>();
    for (int row = 0; row < 2000; row++) {
      String value = (String) plate.generator().generator().next(cell(1, row));

      assertThat(value).matches("[A-Z]{2}-[0-9]{4} [a-z]\\.").isEqualTo(plate.random(cell(1, row)));
      assertThat(ValueShape.of(value)).isEqualTo("AA-9999 a.");
      seen.add(value);
    }
    assertThat(seen).hasSizeGreaterThan(1990);
    assertThat(plate.generator().description()).isEqualTo("text shaped AA-9999 a.");
  }

  @Test
  void capacityIsTheProductOfTheClassSizes() {
    assertThat(TextShape.of("AA-9999").capacity()).isEqualTo(26L * 26 * 10_000);
    assertThat(TextShape.of("a9").capacity()).isEqualTo(260);
    assertThat(TextShape.of("--").capacity()).isEqualTo(1);
    assertThat(TextShape.of("A".repeat(32)).capacity()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void uniqueValuesFillTheWholeSpaceWithoutRepeating() {
    TextShape shape = TextShape.of("Aa-9");
    UniqueGenerator unique = shape.unique(6760, 42);
    Set<Object> values = new HashSet<>();
    for (long i = 0; i < 6760; i++) {
      Object value = unique.at(i, cell(1, i));
      assertThat((String) value).matches("[A-Z][a-z]-[0-9]");
      values.add(value);
    }
    assertThat(values).hasSize(6760);
    assertThat(unique.at(0, cell(1, 0))).isNotEqualTo("Aa-0");
    assertThat(shape.unique(7).at(5, cell(1, 5))).isEqualTo(shape.unique(7).at(5, cell(2, 9)));
  }

  @Test
  void mixedRadixCountsTheLastPositionFastest() {
    TextShape shape = TextShape.of("A-99");

    assertThat(shape.at(0)).isEqualTo("A-00");
    assertThat(shape.at(1)).isEqualTo("A-01");
    assertThat(shape.at(100)).isEqualTo("B-00");
    assertThat(shape.at(2599)).isEqualTo("Z-99");
  }

  @Test
  void uniqueLongShapesStillGiveDistinctValues() {
    UniqueGenerator unique = TextShape.of("A".repeat(20)).unique(1_000, 3);
    Set<Object> values = new HashSet<>();
    for (long i = 0; i < 1_000; i++) {
      values.add(unique.at(i, cell(1, i)));
    }
    assertThat(values).hasSize(1_000);
  }

  @Test
  void moreRowsThanTheShapeHoldsFailWithBothNumbers() {
    assertThatThrownBy(() -> TextShape.of("A-9").unique(300, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "300 rows need distinct values but the text shape A-9 has only 260; generate at most"
                + " 260 rows, or drop the shape for this column");
  }

  @Test
  void aShapeWithLettersOrDigitsIsRefused() {
    assertThatThrownBy(() -> TextShape.of("AB-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'AB-1' is not a text shape");
  }
}
