package dev.synth.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParentChooserTest {

  @Test
  void contiguousChildrenSkipParentsWithNone() {
    // parent 0: rows 0-1, parent 1: none, parent 2: row 2, parent 3: none, parent 4: rows 3-5
    ParentChooser chooser = ParentChooser.contiguous(new long[] {0, 2, 2, 3, 3});

    assertThat(chooser.parent(0)).isZero();
    assertThat(chooser.parent(1)).isZero();
    assertThat(chooser.parent(2)).isEqualTo(2);
    assertThat(chooser.parent(3)).isEqualTo(4);
    assertThat(chooser.parent(5)).isEqualTo(4);
  }

  @Test
  void combinationsOfTwoParentsNeverRepeat() {
    long[] sizes = {30, 7};
    Permutation product = new Permutation(210, 9);
    ParentChooser first = ParentChooser.combination(product, sizes, 0);
    ParentChooser second = ParentChooser.combination(product, sizes, 1);

    Set<String> pairs = new HashSet<>();
    for (long row = 0; row < 210; row++) {
      assertThat(first.parent(row)).isBetween(0L, 29L);
      assertThat(second.parent(row)).isBetween(0L, 6L);
      pairs.add(first.parent(row) + "/" + second.parent(row));
    }
    assertThat(pairs).hasSize(210);
  }

  @Test
  void aTreePointsOnlyAtEarlierRows() {
    ParentChooser tree = ParentChooser.earlierRow(5, false, 0);

    assertThat(tree.parent(0)).isZero();
    for (long row = 1; row < 1000; row++) {
      assertThat(tree.parent(row)).isBetween(0L, row - 1);
    }
  }
}
