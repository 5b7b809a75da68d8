package dev.synth.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synth.profile.FanOutBucket;
import java.util.List;
import org.junit.jupiter.api.Test;

class FanOutLayoutTest {
  private static final List<FanOutBucket> LEARNED =
      List.of(
          new FanOutBucket(0, 0, 200),
          new FanOutBucket(1, 1, 300),
          new FanOutBucket(2, 4, 300),
          new FanOutBucket(10, 19, 200));

  @Test
  void withTheDrawnNumberOfRowsEveryParentGetsTheFamilyItDrew() {
    FanOutLayout layout = FanOutLayout.draw(LEARNED, 10_000, 0, 5);

    long[] children = children(layout, layout.rows(), null, 10_000);

    assertThat(share(children, 0, 0)).isCloseTo(0.2, within(0.015));
    assertThat(share(children, 1, 1)).isCloseTo(0.3, within(0.015));
    assertThat(share(children, 2, 4)).isCloseTo(0.3, within(0.015));
    assertThat(share(children, 10, 19)).isCloseTo(0.2, within(0.015));
    assertThat(share(children, 5, 9)).isZero();
    assertThat(java.util.Arrays.stream(children).sum()).isEqualTo(layout.children());
  }

  @Test
  void aShuffledLayoutKeepsTheFamiliesButSpreadsThemOverTheRows() {
    FanOutLayout layout = FanOutLayout.draw(LEARNED, 1_000, 0, 5);
    long rows = layout.rows();
    Permutation shuffle = new Permutation(rows, 99);

    long[] inOrder = children(layout, rows, null, 1_000);
    long[] shuffled = children(layout, rows, shuffle, 1_000);

    assertThat(shuffled).containsExactly(inOrder);
    ParentChooser spread = layout.chooser(rows, shuffle);
    assertThat(spread.parent(0)).isNotEqualTo(spread.parent(1));
  }

  @Test
  void nullReferencesTakeTheirLearnedShareOfTheRows() {
    FanOutLayout layout = FanOutLayout.draw(LEARNED, 2_000, 0.25, 5);
    ParentChooser chooser = layout.chooser(layout.rows(), null);

    long nulls =
        java.util.stream.LongStream.range(0, layout.rows())
            .filter(r -> chooser.parent(r) < 0)
            .count();

    assertThat((double) nulls / layout.rows()).isCloseTo(0.25, within(0.001));
  }

  private static long[] children(FanOutLayout layout, long rows, Permutation shuffle, int parents) {
    ParentChooser chooser = layout.chooser(rows, shuffle);
    long[] children = new long[parents];
    for (long r = 0; r < rows; r++) {
      long p = chooser.parent(r);
      if (p >= 0) {
        children[(int) p]++;
      }
    }
    return children;
  }

  private static double share(long[] children, long min, long max) {
    return (double) java.util.Arrays.stream(children).filter(c -> c >= min && c <= max).count()
        / children.length;
  }
}
