package dev.synth.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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

  /** The depth of every row of a tree whose parents come before their children. */
  private static long[] depthHistogram(ParentChooser tree, int rows) {
    int[] depth = new int[rows];
    long[] histogram = new long[rows];
    for (int row = 0; row < rows; row++) {
      long parent = tree.parent(row);
      if (parent >= 0 && parent != row) {
        assertThat(parent).isLessThan(row);
        depth[row] = depth[(int) parent] + 1;
      }
      histogram[depth[row]]++;
    }
    int deepest = Arrays.stream(depth).max().orElse(0);
    return Arrays.copyOf(histogram, deepest + 1);
  }

  @Test
  void aTreeByDepthHasTheScaledDepthHistogram() {
    long[] source = {10, 30, 60};

    assertThat(depthHistogram(ParentChooser.byDepth(1000, source, 7, true), 1000))
        .containsExactly(100, 300, 600);
    assertThat(depthHistogram(ParentChooser.byDepth(500, source, 7, true), 500))
        .containsExactly(50, 150, 300);
    assertThat(depthHistogram(ParentChooser.byDepth(7, source, 7, true), 7))
        .containsExactly(1, 2, 4);
  }

  @Test
  void aTreeByDepthSpreadsChildrenOverTheLevelAboveAndRepeatsFromItsKey() {
    ParentChooser tree = ParentChooser.byDepth(1000, new long[] {10, 30, 60}, 7, true);
    Set<Long> parentsOfDepthTwo = new HashSet<>();
    for (long row = 400; row < 1000; row++) {
      assertThat(tree.parent(row)).isBetween(100L, 399L);
      parentsOfDepthTwo.add(tree.parent(row));
    }

    assertThat(tree.parent(0)).isEqualTo(-1);
    assertThat(tree.parent(99)).isEqualTo(-1);
    assertThat(parentsOfDepthTwo).hasSizeGreaterThan(250);
    assertThat(ParentChooser.byDepth(1000, new long[] {10, 30, 60}, 7, true).parent(555))
        .isEqualTo(tree.parent(555));
    assertThat(ParentChooser.byDepth(1000, new long[] {10, 30, 60}, 8, true).parent(555))
        .isNotEqualTo(tree.parent(555));
  }

  @Test
  void rootsPointAtThemselvesWhenTheReferenceCannotBeNull() {
    ParentChooser tree = ParentChooser.byDepth(100, new long[] {1, 9}, 3, false);

    assertThat(tree.parent(0)).isZero();
    assertThat(tree.parent(9)).isEqualTo(9);
    assertThat(tree.parent(10)).isBetween(0L, 9L);
  }

  @Test
  void emptyLevelsCloseUpAndThereIsAlwaysARoot() {
    assertThat(depthHistogram(ParentChooser.byDepth(100, new long[] {1, 0, 0, 99}, 3, true), 100))
        .containsExactly(1, 99);
    assertThat(depthHistogram(ParentChooser.byDepth(3, new long[] {1, 1000, 1000}, 3, true), 3))
        .containsExactly(1, 1, 1);
  }
}
