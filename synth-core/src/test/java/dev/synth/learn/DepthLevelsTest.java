package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.profile.DepthCount;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DepthLevelsTest {

  @Test
  void levelsOfAtLeastKRowsAreKeptAsTheyAre() {
    assertThat(DepthLevels.gated(Map.of(0, 10L, 1, 40L, 2, 150L), 10))
        .containsExactly(new DepthCount(0, 10), new DepthCount(1, 40), new DepthCount(2, 150));
  }

  @Test
  void aThinLevelIsMergedIntoTheLevelAboveIt() {
    assertThat(DepthLevels.gated(Map.of(0, 10L, 1, 4L, 2, 50L, 3, 3L), 10))
        .containsExactly(new DepthCount(0, 14), new DepthCount(2, 53));
  }

  @Test
  void thinLevelsAccumulateUntilTheyHoldKRows() {
    assertThat(DepthLevels.gated(Map.of(0, 20L, 1, 6L, 2, 6L, 3, 6L), 10))
        .containsExactly(new DepthCount(0, 26), new DepthCount(2, 12));
  }

  @Test
  void fewRootsTakeInTheLevelBelowThem() {
    assertThat(DepthLevels.gated(Map.of(0, 3L, 1, 100L, 2, 50L), 10))
        .containsExactly(new DepthCount(0, 103), new DepthCount(2, 50));
  }

  @Test
  void fewerThanKRowsInAllOrNoRootsReleaseNothing() {
    assertThat(DepthLevels.gated(Map.of(0, 3L, 1, 6L), 10)).isEmpty();
    assertThat(DepthLevels.gated(Map.of(30, 100L), 10)).isEmpty();
    assertThat(DepthLevels.gated(Map.of(), 10)).isEmpty();
  }
}
