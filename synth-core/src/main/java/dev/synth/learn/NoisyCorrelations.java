package dev.synth.learn;

import static dev.synth.learn.PrivacyBudget.CORRELATIONS;

import dev.synth.profile.ColumnProfile;
import dev.synth.profile.Correlation;
import dev.synth.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's correlations with Laplace noise: for each pair, Kendall's tau over the sampled rows
 * where both are set (sensitivity 4/n for n such rows, see {@link KendallTau}), noised with an
 * equal part of the share, clamped to [-1, 1] and turned into the Gaussian copula's correlation
 * {@code sin(pi tau / 2)}, which for a Gaussian copula is the same figure the exact profile's
 * normal-score correlation estimates. Which columns take part and whether the table is large enough
 * are decided on the noisy distinct and row counts; no pair is left out on its exact row count.
 */
final class NoisyCorrelations {
  static final String MECHANISM = "laplace on Kendall's tau";

  private NoisyCorrelations() {}

  static List<Correlation> learn(
      SourceSql sql, Table table, List<ColumnProfile> columns, long rows, PrivateRelease dp)
      throws SQLException {
    Correlations.Sampled sampled =
        Correlations.sample(
            sql, table.name(), columns, rows, dp.k(), CorrelationSample.DEFAULT_LIMIT);
    if (sampled == null) {
      return List.of();
    }
    List<String> names = sampled.names();
    int pairs = names.size() * (names.size() - 1) / 2;
    double epsilon = dp.budget().epsilon(table, CORRELATIONS, null) / pairs;
    List<Correlation> out = new ArrayList<>();
    for (int a = 0; a < names.size(); a++) {
      for (int b = a + 1; b < names.size(); b++) {
        KendallTau tau = KendallTau.of(sampled.sample().column(a), sampled.sample().column(b));
        double noisy = tau.value() + dp.noise().laplace(4.0 / Math.max(1, tau.n()) / epsilon);
        double rho = Math.sin(Math.PI / 2 * Math.max(-1, Math.min(1, noisy)));
        out.add(new Correlation(names.get(a), names.get(b), Correlations.rounded(rho)));
      }
    }
    dp.budget().spend(table, CORRELATIONS, null, MECHANISM, false);
    return out;
  }
}
