package dev.synth.profile;

import java.util.List;

/**
 * How a profile learned with differential privacy spent its budget: the whole ({@code epsilon},
 * {@code delta}) and each statistic's share. By sequential composition the profile as a whole is
 * (epsilon, delta)-differentially private with respect to adding or removing one row of one source
 * table; the learning side documents the accounting ({@code dev.synth.learn.PrivacyBudget}).
 *
 * <pre>{@code
 * Privacy privacy = profile.privacy();   // null when learned without epsilon
 * privacy.spent().forEach(s -> System.out.println(s.table() + " " + s.statistic() + " " + s.epsilon()));
 * }</pre>
 *
 * @param epsilon the total epsilon, &gt; 0
 * @param delta the total delta, in [0, 1)
 * @param spent one entry per released statistic; the epsilons sum to at most {@code epsilon} and
 *     the deltas to at most {@code delta}
 */
public record Privacy(double epsilon, double delta, List<PrivacySpend> spent) {
  /** Slack for the sums of many floating-point shares. */
  private static final double ROUNDING = 1e-9;

  public Privacy {
    if (!(epsilon > 0 && epsilon < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("epsilon must be > 0 and finite but was " + epsilon);
    }
    if (!(delta >= 0 && delta < 1)) {
      throw new IllegalArgumentException("delta must be in [0, 1) but was " + delta);
    }
    spent = spent == null ? List.of() : List.copyOf(spent);
    double epsilons = spent.stream().mapToDouble(PrivacySpend::epsilon).sum();
    double deltas = spent.stream().mapToDouble(PrivacySpend::delta).sum();
    if (epsilons > epsilon + ROUNDING || deltas > delta * (1 + ROUNDING)) {
      throw new IllegalArgumentException(
          "the statistics spent epsilon "
              + epsilons
              + " and delta "
              + deltas
              + ", more than the budget of epsilon "
              + epsilon
              + " and delta "
              + delta);
    }
  }
}
