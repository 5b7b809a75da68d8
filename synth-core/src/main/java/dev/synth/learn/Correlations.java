package dev.synth.learn;

import dev.synth.profile.ColumnProfile;
import dev.synth.profile.Correlation;
import dev.synth.profile.Frequency;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.TypeKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the dependence between a table's columns from a bounded {@link CorrelationSample}: the
 * Pearson correlation of the columns' {@link NormalScores}, over the rows where both are non-null.
 *
 * <p>Numbers and times take part by value. Categorical text and enum columns take part by the rank
 * of their value in the profile's frequency list (most frequent first, all rarer values sharing one
 * last rank as "other"): that order is arbitrary for a nominal column, but it is written in the
 * profile, so generation that draws a category by inverting the same frequency order from a
 * correlated normal score reproduces the learned dependence (e.g. country and currency), and
 * generation corrects for the ties such a column's few values make. Left out: constant columns and
 * other types (free text, identifiers like UUIDs).
 *
 * <p>Privacy: correlations are aggregates, rounded to two decimals, and released only when the
 * sample, and each pair's complete rows, number at least k.
 */
final class Correlations {
  private Correlations() {}

  /** The columns that take part and their bounded sample. */
  record Sampled(List<String> names, CorrelationSample sample) {}

  static List<Correlation> learn(
      SourceSql sql,
      QualifiedName table,
      List<ColumnProfile> columns,
      long tableRows,
      int k,
      int limit)
      throws SQLException {
    Sampled sampled = sample(sql, table, columns, tableRows, k, limit);
    if (sampled == null || sampled.sample().rows() < k) {
      return List.of();
    }
    List<String> names = sampled.names();
    double[][] scores = new double[names.size()][];
    for (int c = 0; c < scores.length; c++) {
      scores[c] = NormalScores.of(sampled.sample().column(c));
    }
    List<Correlation> pairs = new ArrayList<>();
    for (int a = 0; a < scores.length; a++) {
      for (int b = a + 1; b < scores.length; b++) {
        double rho = pearson(scores[a], scores[b], k);
        if (!Double.isNaN(rho)) {
          pairs.add(new Correlation(names.get(a), names.get(b), rounded(rho)));
        }
      }
    }
    return pairs;
  }

  /**
   * Reads the sample of the columns that take part; {@code null} when fewer than two do or the
   * table has fewer than k rows.
   */
  static Sampled sample(
      SourceSql sql,
      QualifiedName table,
      List<ColumnProfile> columns,
      long tableRows,
      int k,
      int limit)
      throws SQLException {
    List<String> names = new ArrayList<>();
    List<Map<String, Integer>> codes = new ArrayList<>();
    for (ColumnProfile column : columns) {
      if (takesPart(column)) {
        names.add(column.name());
        codes.add(codes(column));
      }
    }
    if (names.size() < 2 || tableRows < k) {
      return null;
    }
    return new Sampled(names, CorrelationSample.read(sql, table, names, codes, tableRows, limit));
  }

  private static boolean takesPart(ColumnProfile column) {
    if (column.distinct() == null || column.distinct() < 2) {
      return false;
    }
    TypeKind kind = column.kind();
    return kind.isNumeric()
        || kind.isTemporal()
        || (column.categories() != null
            && (kind.isText() || kind == TypeKind.ENUM || kind == TypeKind.BOOLEAN));
  }

  private static Map<String, Integer> codes(ColumnProfile column) {
    Map<String, Integer> codes = new HashMap<>();
    if (column.kind().isNumeric() || column.kind().isTemporal()) {
      return codes;
    }
    List<Frequency> values = column.categories().values();
    for (int i = 0; i < values.size(); i++) {
      codes.put(values.get(i).value(), i);
    }
    return codes;
  }

  /**
   * Pearson's r over the rows where both scores exist; NaN when fewer than k such rows or when
   * either side is constant on them.
   */
  static double pearson(double[] x, double[] y, int k) {
    int n = 0;
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        n++;
        sx += x[i];
        sy += y[i];
      }
    }
    if (n < k) {
      return Double.NaN;
    }
    double mx = sx / n;
    double my = sy / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
      }
    }
    return sxx == 0 || syy == 0
        ? Double.NaN
        : Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  }

  static double rounded(double rho) {
    return Math.round(rho * 100) / 100.0;
  }
}
