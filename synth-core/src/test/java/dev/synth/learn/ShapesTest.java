package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShapesTest {

  private static List<String> codes(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> "Q" + (char) ('A' + i % 26) + "-" + (1000 + i))
        .toList();
  }

  @Test
  void theSamplesCommonShapeIsTheCandidateWhenItCoversNinetyPercent() {
    List<String> sample = new ArrayList<>(codes(90));
    sample.addAll(List.of("x", "y", "z", "1", "2", "3", "4", "5", "6", "7"));

    assertThat(Shapes.candidate(sample)).isEqualTo("AA-9999");
    sample.add("one more stray");
    assertThat(Shapes.candidate(sample)).isNull();
    assertThat(Shapes.candidate(List.of())).isNull();
  }

  @Test
  void valuesWithoutAShapeNeverMakeACandidate() {
    assertThat(Shapes.candidate(IntStream.range(0, 50).mapToObj(i -> "Zürich").toList())).isNull();
    assertThat(Shapes.candidate(List.of("x".repeat(40), "y".repeat(40)))).isNull();
  }

  @Test
  void theRegexMatchesExactlyTheValuesOfTheShape() {
    Pattern regex = Pattern.compile(Shapes.regex("AA-9 a.(9)"));

    assertThat(Shapes.regex("A-9")).isEqualTo("^[ABCDEFGHIJKLMNOPQRSTUVWXYZ]\\-[0123456789]$");
    assertThat(regex.matcher("QX-7 b.(0)").matches()).isTrue();
    assertThat(regex.matcher("qX-7 b.(0)").matches()).isFalse();
    assertThat(regex.matcher("QX-7 b!(0)").matches()).isFalse();
    assertThat(regex.matcher("QX-7 b.(0)!").matches()).isFalse();
    assertThat(regex.matcher("QÄ-7 b.(0)").matches()).isFalse();
  }
}
