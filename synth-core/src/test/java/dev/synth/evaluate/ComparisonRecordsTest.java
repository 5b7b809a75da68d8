package dev.synth.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonRecordsTest {

  private static TableComparison table(String name, double... similarities) {
    List<ColumnSimilarity> columns = new java.util.ArrayList<>();
    for (int i = 0; i < similarities.length; i++) {
      columns.add(new ColumnSimilarity(name, "C" + i, Statistic.KS, similarities[i], false));
    }
    return new TableComparison(name, 10, 10, columns, Double.NaN, 0, List.of(), null);
  }

  @Test
  void aSimilarityOutsideZeroToOneIsRefusedNamingTheColumn() {
    assertThatThrownBy(() -> new ColumnSimilarity("T", "C", Statistic.TVD, 1.5, false))
        .hasMessage("similarity of column T.C must be in [0, 1] but was 1.5");
  }

  @Test
  void aCorrelationMadNeedsPairsAndPairsNeedAMad() {
    assertThatThrownBy(() -> new TableComparison("T", 1, 1, List.of(), 0.1, 0, List.of(), null))
        .hasMessageContaining("must be NaN exactly when there are no pairs but was 0.1 over 0");
    assertThatThrownBy(() -> new TableComparison("T", 1, 1, List.of(), 2.5, 3, List.of(), null))
        .hasMessageContaining("must be in [0, 2] but was 2.5");
  }

  @Test
  void exactMatchesCannotExceedTheRowsChecked() {
    assertThatThrownBy(() -> new ExactMatches(List.of("A"), 10, 10, 5, 6, 1))
        .hasMessageContaining("matches <= checkedRows <= syntheticRows but had 6, 5, 10");
    assertThat(new ExactMatches(List.of("A"), 10, 10, 0, 0, 0.5).share()).isZero();
  }

  @Test
  void theWorstColumnIsFoundAcrossTables() {
    Comparison comparison = new Comparison(List.of(table("A", 0.9, 0.7), table("B", 0.8)));

    assertThat(comparison.worstColumn())
        .hasValueSatisfying(
            c -> {
              assertThat(c.table()).isEqualTo("A");
              assertThat(c.column()).isEqualTo("C1");
            });
    assertThat(comparison.minColumnSimilarity()).isEqualTo(0.7);
    assertThat(comparison.table("b").minColumnSimilarity()).isEqualTo(0.8);
    assertThat(comparison.maxCorrelationMad()).isNaN();
    assertThat(new Comparison(List.of(table("E"))).minColumnSimilarity()).isNaN();
  }

  @Test
  void keysAreListedButNeverTheWorstColumn() {
    TableComparison t =
        new TableComparison(
            "T",
            10,
            12,
            List.of(
                new ColumnSimilarity("T", "ID", Statistic.KS, 0.2, true),
                new ColumnSimilarity("T", "NAME", Statistic.LENGTH_KS, 0.9, false)),
            Double.NaN,
            0,
            List.of(),
            null);

    assertThat(t.worstColumn()).hasValueSatisfying(c -> assertThat(c.column()).isEqualTo("NAME"));
    assertThat(new Comparison(List.of(t)).minColumnSimilarity()).isEqualTo(0.9);
    assertThat(t.column("id").toString()).isEqualTo("T.ID 0.200 (KS, key)");
  }

  @Test
  void anUnknownTableOrColumnIsRefusedWithTheKnownOnes() {
    Comparison comparison = new Comparison(List.of(table("A", 0.9)));

    assertThatThrownBy(() -> comparison.table("Z")).hasMessageContaining("it has [A]");
    assertThatThrownBy(() -> comparison.table("A").column("Z")).hasMessageContaining("it has [C0]");
  }
}
