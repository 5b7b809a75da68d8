package dev.synth.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.learn.RowHashes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceRowSetTest {

  private static long hash(int i) {
    return RowHashes.of(List.of("row", Integer.toString(i)));
  }

  @Test
  void rowsWithinTheLimitAreAllHeld() {
    SourceRowSet set = new SourceRowSet(1000);
    for (int i = 0; i < 1000; i++) {
      set.add(hash(i));
    }

    assertThat(set.keptShare()).isEqualTo(1.0);
    for (int i = 0; i < 1000; i++) {
      assertThat(set.contains(hash(i))).isTrue();
    }
    assertThat(set.contains(hash(1000))).isFalse();
  }

  @Test
  void aboveTheLimitAShareOfTheHashSpaceIsHeldWithEveryRowInIt() {
    SourceRowSet set = new SourceRowSet(100);
    for (int i = 0; i < 10_000; i++) {
      set.add(hash(i));
    }

    assertThat(set.keptShare()).isLessThanOrEqualTo(0.01).isGreaterThan(0.001);
    List<Integer> inShare = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      if (set.inKeptShare(hash(i))) {
        inShare.add(i);
        assertThat(set.contains(hash(i))).isTrue();
      }
    }
    assertThat(inShare).hasSizeBetween(10, 100);
    for (int i = 10_000; i < 20_000; i++) {
      assertThat(set.contains(hash(i))).isFalse();
    }
  }

  @Test
  void repeatedRowsAreOneRowSoTheyNeverForceSampling() {
    SourceRowSet set = new SourceRowSet(10);
    for (int i = 0; i < 10_000; i++) {
      set.add(hash(i % 5));
    }

    assertThat(set.keptShare()).isEqualTo(1.0);
    assertThat(set.contains(hash(4))).isTrue();
  }

  @Test
  void rowHashesFrameEachValueSoNeighboursCannotTradeCharacters() {
    assertThat(RowHashes.of(List.of("ab", "c"))).isNotEqualTo(RowHashes.of(List.of("a", "bc")));
    assertThat(RowHashes.of(java.util.Arrays.asList("x", null)))
        .isNotEqualTo(RowHashes.of(List.of("x", "")));
  }
}
