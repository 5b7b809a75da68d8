package dev.synth.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.evaluate.Comparison;
import dev.synth.evaluate.TableComparison;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What generation from a profile must reproduce, whatever the database: the {@link ShopSource} is
 * profiled with k = 10, a second database with the same schema is filled from the profile alone,
 * and the two are compared. Subclasses build the two databases once per class.
 */
abstract class FidelityContract {
  static final int K = 10;

  /**
   * The privacy budget of the noisy run: split over 3 tables and 10 to 16 statistics each, so each
   * count gets about 0.1 of it.
   */
  static final double EPSILON = 5;

  /** The profile learned from the source. */
  abstract Profile profile();

  /** The source compared with the database filled from {@link #profile()}. */
  abstract Comparison comparison();

  /** The profile learned with {@link #EPSILON}. */
  abstract Profile noisyProfile();

  /** The source compared with the database filled from {@link #noisyProfile()}. */
  abstract Comparison noisyComparison();

  /** Rows of the filled database whose segment is not one of the released values. */
  abstract long rareSegmentsInOutput() throws Exception;

  @Test
  void everyColumnIsAtLeast95PercentSimilar() {
    for (TableComparison table : comparison().tables()) {
      assertThat(table.minColumnSimilarity())
          .as(table.table() + " worst column " + table.worstColumn())
          .isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void correlationMatricesDifferByAtMostTwoHundredthsOnAverage() {
    TableComparison customer = comparison().table("CUSTOMER");
    assertThat(customer.correlationPairs()).isGreaterThanOrEqualTo(10);
    assertThat(comparison().maxCorrelationMad()).isLessThanOrEqualTo(0.02);
  }

  @Test
  void childrenPerParentAreAtLeast90PercentSimilar() {
    assertThat(comparison().table("ORDERS").fanOuts()).hasSize(1);
    assertThat(comparison().table("ORDER_EVENT").fanOuts()).hasSize(1);
    assertThat(comparison().minFanOutSimilarity()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void noValueHeldByFewerThanKRowsReachesTheProfileOrTheOutput() throws Exception {
    assertThat(ProfileFile.toJson(profile())).doesNotContain("rare_");
    assertThat(profile().table("CUSTOMER").column("SEGMENT").categories().other()).isEqualTo(6);
    assertThat(rareSegmentsInOutput()).isZero();
  }

  @Test
  void noSyntheticRowEqualsASourceRow() {
    for (TableComparison table : comparison().tables()) {
      assertThat(table.exactMatches()).as(table.table()).isNotNull();
      assertThat(table.exactMatches().matches()).as(table.table()).isZero();
    }
  }

  @Test
  void anEpsilonRunAddsNoiseYetItsCopyPassesLooserBounds() {
    assertThat(ProfileFile.toJson(noisyProfile())).isNotEqualTo(ProfileFile.toJson(profile()));
    assertThat(noisyProfile().privacy().epsilon()).isEqualTo(EPSILON);
    // A single count may come out unchanged (at this share, 1 in 20 does); not all of them.
    assertThat(
            Stream.of("CUSTOMER", "ORDERS", "ORDER_EVENT")
                .filter(t -> noisyProfile().table(t).rows() != profile().table(t).rows()))
        .isNotEmpty();
    assertThat(ProfileFile.toJson(noisyProfile())).doesNotContain("rare_");

    // Measured over 8 runs: worst column 0.92-0.945, fan-out 0.94-0.98, correlation MAD
    // 0.075-0.15. The noise is fresh on every run, so the bounds keep a margin.
    assertThat(noisyComparison().minColumnSimilarity()).isGreaterThanOrEqualTo(0.85);
    // Each of the customer's 15 pairs gets 1/15 of a 1/16 share: Laplace noise of about 0.06 on
    // Kendall's tau, so its matrix is off by about 0.1 on average (sd 0.025).
    assertThat(noisyComparison().maxCorrelationMad()).isLessThanOrEqualTo(0.25);
    assertThat(noisyComparison().minFanOutSimilarity()).isGreaterThanOrEqualTo(0.75);
    for (TableComparison table : noisyComparison().tables()) {
      assertThat(table.exactMatches().matches()).as(table.table()).isZero();
    }
  }

  @Test
  void aTableWithoutPrimaryKeyIsProfiledAndFilledLikeAnyOther() {
    TableComparison events = comparison().table("ORDER_EVENT");
    assertThat(events.syntheticRows()).isEqualTo(events.referenceRows()).isPositive();
  }
}
