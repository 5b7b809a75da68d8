package dev.synth.evaluate;

import dev.synth.profile.FanOutBucket;
import java.util.List;

/**
 * The total variation distance between two children-per-parent histograms, on the reference's
 * buckets: each synthetic bucket (one per exact child count when measured) is placed in the
 * reference bucket that holds it, or in one extra bin when none does (more children than the
 * reference's last bucket, or a count between two of its buckets). The reference has no parent in
 * that bin, so every synthetic parent there adds to the distance.
 */
final class FanOutDistance {
  private FanOutDistance() {}

  static double tvd(List<FanOutBucket> reference, List<FanOutBucket> synthetic) {
    double referenceParents = reference.stream().mapToLong(FanOutBucket::parents).sum();
    double syntheticParents = synthetic.stream().mapToLong(FanOutBucket::parents).sum();
    double[] shares = new double[reference.size() + 1];
    for (FanOutBucket b : synthetic) {
      shares[binOf(reference, b)] += b.parents() / syntheticParents;
    }
    double sum = shares[reference.size()];
    for (int i = 0; i < reference.size(); i++) {
      sum += Math.abs(reference.get(i).parents() / referenceParents - shares[i]);
    }
    return sum / 2;
  }

  private static int binOf(List<FanOutBucket> reference, FanOutBucket b) {
    for (int i = 0; i < reference.size(); i++) {
      FanOutBucket r = reference.get(i);
      if (r.min() <= b.min() && b.max() <= r.max()) {
        return i;
      }
    }
    return reference.size();
  }
}
