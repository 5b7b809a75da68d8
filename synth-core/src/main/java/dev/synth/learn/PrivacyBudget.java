package dev.synth.learn;

import dev.synth.profile.Privacy;
import dev.synth.profile.PrivacySpend;
import dev.synth.schema.Column;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The privacy accounting of a profile learned with {@code epsilon} (and {@code delta}).
 *
 * <p><b>Unit of privacy.</b> Neighbouring sources differ by one row, added or removed, in one
 * table. A person who owns m rows is protected with m times the budget (group privacy).
 *
 * <p><b>Split.</b> The plan is fixed from the schema alone, before any row is read: epsilon and
 * delta are divided equally among the profiled tables, and a table's part equally among its
 * statistics: {@code rows}; per column a {@code distinct} count (when the type has one) and a
 * {@code histogram}; per foreign key a {@code fanOut}; and {@code correlations} when at least two
 * columns are of a kind that may take part (numbers, times, text, enums; a single-column primary
 * key never does). Text shapes, semantic kinds read from values and tree depths have no share and
 * are not learned under epsilon (a kind the column's name gives is: the schema is public; tree
 * depths have no bounded sensitivity, as one inner row re-roots its subtree). The profile lists
 * every share; their epsilons sum to epsilon, which by sequential composition bounds the whole
 * profile, and the deltas of the mechanisms that use delta sum to at most delta. A share set aside
 * for a statistic that noisy evidence then left out (no pair qualified for a correlation, a NOT
 * NULL column with no values learned) is listed as {@code not released}: counted, though not spent.
 *
 * <p><b>Mechanisms.</b> Counts get two-sided geometric noise (discrete Laplace, scale sensitivity /
 * epsilon), rounded by construction and clamped at 0. Every figure derived from them, and every
 * decision (is the column categorical, are there k values to learn quantiles from, which values
 * pass the k gate, the "other" share, null fractions, the suppression record), uses noisy counts
 * only.
 *
 * <ul>
 *   <li>{@code rows} and {@code distinct}: sensitivity 1.
 *   <li>{@code histogram}: the null count and the counts of the column's values, value bins or
 *       length bins are disjoint, so one share covers them all (a row is in one of them), at
 *       sensitivity 1. The null count of a NOT NULL column is 0 by the schema, never noised.
 *       <ul>
 *         <li>Boolean and enum columns: every member of the domain the schema names is noised,
 *             present or not, and released when its noisy count is at least k (pure epsilon).
 *         <li>Other categorical columns: each value's count is read (no SQL gate) and noised; a
 *             value is released when its noisy count reaches {@code max(k, t)}, where t is the
 *             {@link StableThreshold}: a value held by one row passes with probability at most the
 *             share's delta (a stability-based histogram). With delta 0 no such value is released
 *             and all non-null rows are "other".
 *         <li>Numbers and times: quantiles are read from a {@link NoisyTree}, a histogram over a
 *             fixed {@link QuantileGrid} at 4 to 6 levels, each level an equal part of the share
 *             (sequential composition over levels), each bin released above its level's {@code
 *             max(k, t)}. A quantile is a point inside a noisy bin, never a value copied from a
 *             row. Times with a zone get none.
 *         <li>Text: the lengths' quantiles, the same way.
 *       </ul>
 *   <li>{@code fanOut}: the child rows whose key is NULL and the children-per-parent buckets. One
 *       child row moves its parent from one bucket to the next, changing two counts: sensitivity 2;
 *       each of the two buckets that may appear or vanish passes {@code max(k, t)} with probability
 *       at most half the share of delta. A bucket below the bar is dropped, not merged, as merging
 *       would reveal its bounds.
 *   <li>{@code correlations}: for each pair, Kendall's tau over the n sampled rows where both are
 *       set moves by at most 4/n when one row is added, removed or replaced; each pair gets Laplace
 *       noise of scale 4 / (n epsilon_pair) for an equal part of the share, is clamped to [-1, 1]
 *       and turned into the Gaussian copula's correlation sin(pi tau / 2). The sample (sized from
 *       the noisy row count) and n are treated as public, as DPCopula (Li, Xiong and Jiang, 2014)
 *       treats the table size: this bounds the sensitivity on the sample as read, not over every
 *       way the sample could have been drawn.
 * </ul>
 *
 * <p><b>Not covered.</b> Floating-point effects of sampling the noise (Mironov, 2012) are not
 * defended against beyond counts being whole numbers. The statistics are learned inside one
 * read-only transaction; epsilon protects rows, not the schema (table and column names, types,
 * constraints and enum members are released as they are).
 *
 * <pre>{@code
 * PrivacyBudget budget = new PrivacyBudget(1.0, 1e-6, tables);
 * double epsilon = budget.epsilon(table, PrivacyBudget.ROWS, null);
 * }</pre>
 */
final class PrivacyBudget {
  static final String ROWS = "rows";
  static final String DISTINCT = "distinct";
  static final String HISTOGRAM = "histogram";
  static final String FAN_OUT = "fanOut";
  static final String CORRELATIONS = "correlations";

  private static final String NOT_RELEASED = "not released";

  private final double epsilon;
  private final double delta;
  private final Map<String, Share> shares = new LinkedHashMap<>();

  private static final class Share {
    final QualifiedName table;
    final String statistic;
    final String of;
    final double epsilon;
    final double delta;
    String mechanism = NOT_RELEASED;
    boolean usedDelta;

    Share(QualifiedName table, String statistic, String of, double epsilon, double delta) {
      this.table = table;
      this.statistic = statistic;
      this.of = of;
      this.epsilon = epsilon;
      this.delta = delta;
    }
  }

  PrivacyBudget(double epsilon, double delta, List<Table> tables) {
    this.epsilon = epsilon;
    this.delta = delta;
    for (Table table : tables) {
      List<String[]> statistics = statistics(table);
      double part = 1.0 / tables.size() / statistics.size();
      for (String[] s : statistics) {
        shares.put(
            key(table, s[0], s[1]),
            new Share(table.name(), s[0], s[1], epsilon * part, delta * part));
      }
    }
  }

  private static List<String[]> statistics(Table table) {
    List<String[]> out = new ArrayList<>();
    out.add(new String[] {ROWS, null});
    int correlated = 0;
    for (Column c : table.columns()) {
      if (ColumnCounts.countsDistinct(c.type().kind())) {
        out.add(new String[] {DISTINCT, c.name()});
      }
      out.add(new String[] {HISTOGRAM, c.name()});
      boolean key =
          table.primaryKey() != null && table.primaryKey().columns().equals(List.of(c.name()));
      correlated += !key && mayCorrelate(c.type().kind()) ? 1 : 0;
    }
    for (ForeignKey fk : table.foreignKeys()) {
      out.add(new String[] {FAN_OUT, fk.name()});
    }
    if (correlated >= 2) {
      out.add(new String[] {CORRELATIONS, null});
    }
    return out;
  }

  private static boolean mayCorrelate(TypeKind kind) {
    return kind.isNumeric() || kind.isTemporal() || kind.isText() || kind == TypeKind.ENUM;
  }

  private static String key(Table table, String statistic, String of) {
    return table.name() + "\u0000" + statistic + "\u0000" + of;
  }

  private Share share(Table table, String statistic, String of) {
    Share share = shares.get(key(table, statistic, of));
    if (share == null) {
      throw new IllegalStateException(
          "no privacy budget was planned for " + statistic + " " + of + " of " + table.name());
    }
    return share;
  }

  /** The epsilon of one statistic. */
  double epsilon(Table table, String statistic, String of) {
    return share(table, statistic, of).epsilon;
  }

  /** The delta of one statistic, whether it uses it or not. */
  double delta(Table table, String statistic, String of) {
    return share(table, statistic, of).delta;
  }

  /** Records how a statistic was released; {@code usedDelta} when its mechanism needs delta. */
  void spend(Table table, String statistic, String of, String mechanism, boolean usedDelta) {
    Share share = share(table, statistic, of);
    share.mechanism = mechanism;
    share.usedDelta = usedDelta;
  }

  /** The record of the whole budget, for the profile. */
  Privacy privacy() {
    List<PrivacySpend> spent = new ArrayList<>();
    for (Share s : shares.values()) {
      spent.add(
          new PrivacySpend(
              s.table.schema(),
              s.table.name(),
              s.statistic,
              s.of,
              s.mechanism,
              s.epsilon,
              s.usedDelta ? s.delta : 0));
    }
    return new Privacy(epsilon, delta, spent);
  }
}
