package dev.synth.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.evaluate.Comparison;
import dev.synth.evaluate.TableComparison;
import dev.synth.profile.Profile;
import dev.synth.profile.ProfileFile;
import org.junit.jupiter.api.Test;

/**
 * What generation from a profile must reproduce, whatever the database: the {@link ShopSource} is
 * profiled with k = 10, a second database with the same schema is filled from the profile alone,
 * and the two are compared. Subclasses build the two databases once per class.
 */
abstract class FidelityContract {
  static final int K = 10;

  /** The profile learned from the source. */
  abstract Profile profile();

  /** The source compared with the database filled from {@link #profile()}. */
  abstract Comparison comparison();

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
  void aTableWithoutPrimaryKeyIsProfiledAndFilledLikeAnyOther() {
    TableComparison events = comparison().table("ORDER_EVENT");
    assertThat(events.syntheticRows()).isEqualTo(events.referenceRows()).isPositive();
  }
}
