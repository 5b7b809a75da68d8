package dev.synth.learn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.profile.ColumnProfile;
import dev.synth.profile.DepthCount;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import org.junit.jupiter.api.Test;

/** What a profile of {@link TreeAndTextSource} must say, whichever database held it. */
abstract class TreeAndTextProfileContract {

  /** The profile of the source with the default k = 10. */
  abstract Profile profile();

  private ColumnProfile employee(String column) {
    return profile().table("employee").column(column);
  }

  @Test
  void codesFollowingOneShapeGetItAndFreeTextGetsNone() {
    assertThat(employee("badge").shape()).isEqualTo("AA-9999");
    assertThat(employee("bio").shape()).isNull();
    assertThat(employee("c7").shape()).isNull();
  }

  @Test
  void aShapeCoveringNinetyFivePercentOfTheValuesIsKept() {
    assertThat(employee("ticket").shape()).isEqualTo("aaa/999");
  }

  @Test
  void aColumnWithAMeaninglessNameIsRecognisedByItsValues() {
    assertThat(employee("c7").semantic()).isEqualTo("email");
    assertThat(employee("x1").semantic()).isEqualTo("first-name");
  }

  @Test
  void aColumnWithTooFewValuesIsRecognisedByItsName() {
    assertThat(employee("email").semantic()).isEqualTo("email");
    assertThat(employee("bio").semantic()).isEqualTo("sentences");
    assertThat(employee("badge").semantic()).isNull();
    assertThat(employee("id").semantic()).isNull();
  }

  @Test
  void aTreesRowsPerDepthAreCountedWithSelfReferencingRowsAsRoots() {
    // The 5 rows at depth 4 are fewer than k = 10: they are counted at depth 3.
    assertThat(profile().table("employee").foreignKeys().get(0).depths())
        .containsExactly(
            new DepthCount(0, 10),
            new DepthCount(1, 40),
            new DepthCount(2, 150),
            new DepthCount(3, 305));
  }

  @Test
  void aDeepChainAndARingStopAtTheDeepestLevelAndThinLevelsMergeUpwards() {
    // Levels 1..9 hold one row each and merge into the root; 10..19 and 20..29 make ten each;
    // depth 30 holds the 11 rows at depth 30..40 and the 12 of the ring no root reaches.
    assertThat(profile().table("folder").foreignKeys().get(0).depths())
        .containsExactly(
            new DepthCount(0, 10),
            new DepthCount(10, 10),
            new DepthCount(20, 10),
            new DepthCount(30, 23));
  }

  @Test
  void theProfileHoldsNoSampledValueAndRoundTrips() {
    String json = ProfileFile.toJson(profile());

    assertThat(json).doesNotContain("@example.org", "Employee", "AB-", "tka/");
    assertThat(ProfileFile.parse(json, "profile.json")).isEqualTo(profile());
  }
}
