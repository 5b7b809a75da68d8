package dev.synth.profile;

import java.util.Objects;

/**
 * The share of the privacy budget one released statistic was given, and the mechanism that spent
 * it.
 *
 * <pre>{@code
 * PrivacySpend rows = new PrivacySpend("PUBLIC", "ORDERS", "rows", null, "geometric", 0.05, 0);
 * }</pre>
 *
 * @param schema the table's schema
 * @param table the table
 * @param statistic {@code rows}, {@code distinct}, {@code histogram} (a column's null count with
 *     its value frequencies, quantiles or lengths), {@code fanOut} or {@code correlations}
 * @param of the column or foreign key the statistic describes, {@code null} for a table's
 * @param mechanism how the noise was added, e.g. {@code geometric} or {@code geometric, threshold
 *     438}; {@code not released} when the share was set aside but nothing came of it
 * @param epsilon the share of epsilon
 * @param delta the share of delta this statistic used (0 for a pure epsilon mechanism)
 */
public record PrivacySpend(
    String schema,
    String table,
    String statistic,
    String of,
    String mechanism,
    double epsilon,
    double delta) {
  public PrivacySpend {
    Objects.requireNonNull(schema, "schema of a privacy spend");
    Objects.requireNonNull(table, "table of a privacy spend");
    Objects.requireNonNull(statistic, "statistic of a privacy spend in " + table);
    Objects.requireNonNull(mechanism, "mechanism of " + statistic + " in " + table);
    if (!(epsilon >= 0 && epsilon < Double.POSITIVE_INFINITY) || !(delta >= 0 && delta < 1)) {
      throw new IllegalArgumentException(
          statistic
              + " of "
              + table
              + " needs a finite epsilon >= 0 and 0 <= delta < 1 but spent epsilon "
              + epsilon
              + ", delta "
              + delta);
    }
  }
}
