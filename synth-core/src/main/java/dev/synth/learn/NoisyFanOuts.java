package dev.synth.learn;

import static dev.synth.learn.PrivacyBudget.FAN_OUT;

import dev.synth.profile.FanOutBucket;
import dev.synth.profile.ForeignKeyProfile;
import dev.synth.schema.Column;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A foreign key's null fraction and children-per-parent buckets with noise of sensitivity 2 (one
 * child row moves its parent from one bucket to the next). A bucket is released when its noisy
 * count reaches the {@link StableThreshold} (at least k), and dropped otherwise: merging it into a
 * neighbour, as the exact profile does, would reveal its bounds.
 */
final class NoisyFanOuts {
  private static final double SENSITIVITY = 2;

  private NoisyFanOuts() {}

  static ForeignKeyProfile read(
      SourceSql sql, Table child, ForeignKey fk, long childRows, PrivateRelease dp)
      throws SQLException {
    double epsilon = dp.budget().epsilon(child, FAN_OUT, fk.name());
    // Two buckets may appear or vanish when one row changes: each gets half of delta.
    double delta = dp.budget().delta(child, FAN_OUT, fk.name()) / 2;
    long nulls =
        nullable(child, fk) ? dp.count(FanOuts.nullRows(sql, child, fk), epsilon, SENSITIVITY) : 0;
    double nullFraction = childRows == 0 ? 0 : Math.min(1, nulls / (double) childRows);
    long bar = StableThreshold.of(epsilon, SENSITIVITY, delta, dp.k());
    Map<Long, Long> byLowerBound = new TreeMap<>();
    FanOuts.childrenPerParent(sql, child, fk)
        .forEach((n, parents) -> byLowerBound.merge(FanOutBuckets.lower(n), parents, Long::sum));
    List<FanOutBucket> buckets = new ArrayList<>();
    byLowerBound.forEach(
        (lo, parents) -> {
          long noisy = dp.count(parents, epsilon, SENSITIVITY);
          if (noisy >= bar) {
            buckets.add(new FanOutBucket(lo, FanOutBuckets.upper(lo), noisy));
          }
        });
    dp.budget().spend(child, FAN_OUT, fk.name(), StableThreshold.mechanism(bar), true);
    // No tree depths: removing one inner row re-roots its whole subtree, so they have no bounded
    // sensitivity to add noise for.
    return new ForeignKeyProfile(
        fk.name(),
        fk.columns(),
        fk.target().schema(),
        fk.target().name(),
        nullFraction,
        buckets,
        List.of());
  }

  private static boolean nullable(Table child, ForeignKey fk) {
    return fk.columns().stream().anyMatch(c -> child.column(c).map(Column::nullable).orElse(true));
  }
}
