package dev.synth.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueShapeTest {

  @Test
  void lettersAndDigitsBecomeTheirClassesAndPunctuationStays() {
    assertThat(ValueShape.of("AB-1234")).isEqualTo("AA-9999");
    assertThat(ValueShape.of("ab 12/Zy.")).isEqualTo("aa 99/Aa.");
    assertThat(ValueShape.of("A9a")).isEqualTo("A9a");
  }

  @Test
  void valuesWithoutAShapeAreEmptyTooLongOrNotAscii() {
    assertThat(ValueShape.of("")).isNull();
    assertThat(ValueShape.of("x".repeat(33))).isNull();
    assertThat(ValueShape.of("x".repeat(32))).isEqualTo("a".repeat(32));
    assertThat(ValueShape.of("Zürich")).isNull();
    assertThat(ValueShape.of("a\tb")).isNull();
  }

  @Test
  void aShapeHoldsNoLetterOrDigitButTheClassMarks() {
    assertThat(ValueShape.isShape("AA-9999")).isTrue();
    assertThat(ValueShape.isShape("aa 99 (#)")).isTrue();
    assertThat(ValueShape.isShape("AB-9999")).isFalse();
    assertThat(ValueShape.isShape("AA-1234")).isFalse();
    assertThat(ValueShape.isShape(null)).isFalse();
  }

  @Test
  void theTranslateArgumentsPairEveryClassedCharacterWithItsClass() {
    assertThat(ValueShape.CLASSED).hasSameSizeAs(ValueShape.CLASSES).hasSize(62);
    for (int i = 0; i < ValueShape.CLASSED.length(); i++) {
      String c = ValueShape.CLASSED.substring(i, i + 1);
      assertThat(ValueShape.of(c)).isEqualTo(ValueShape.CLASSES.substring(i, i + 1));
    }
  }
}
