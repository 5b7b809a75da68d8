package dev.synth.learn;

import static dev.synth.learn.PrivacyBudget.HISTOGRAM;

import dev.synth.profile.Categories;
import dev.synth.profile.Frequency;
import dev.synth.schema.Column;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The value frequencies of a categorical column with noise, then the k gate on the noisy counts, so
 * which values are released is itself private. Every value's count is read (no SQL gate) and
 * streamed: only the values that pass are kept.
 *
 * <p>Booleans and enums have a domain the schema names: every member is noised, present or not, and
 * kept when its noisy count is at least k. Other values only the data names, so a value must reach
 * the {@link StableThreshold} as well, which spends delta.
 */
final class NoisyFrequencies {
  private NoisyFrequencies() {}

  static Categories read(SourceSql sql, Table table, Column column, long nonNull, PrivateRelease dp)
      throws SQLException {
    String name = column.name();
    double epsilon = dp.budget().epsilon(table, HISTOGRAM, name);
    List<String> domain = domain(column);
    long bar =
        domain != null
            ? dp.k()
            : StableThreshold.of(epsilon, 1, dp.budget().delta(table, HISTOGRAM, name), dp.k());
    Map<String, Long> present = new LinkedHashMap<>();
    List<Frequency> kept = new ArrayList<>();
    if (bar != Long.MAX_VALUE) {
      Field<Object> value = SourceSql.field(name);
      sql.each(
          sql.dsl()
              .select(value, DSL.count())
              .from(SourceSql.table(table.name()))
              .where(value.isNotNull())
              .groupBy(value),
          rs -> {
            String text = ValueText.of(rs, 1);
            if (domain != null) {
              present.put(text, rs.getLong(2));
            } else {
              keep(text, dp.count(rs.getLong(2), epsilon, 1), bar, kept);
            }
          });
    }
    if (domain != null) {
      domain.forEach(v -> keep(v, dp.count(present.getOrDefault(v, 0L), epsilon, 1), bar, kept));
    }
    dp.budget()
        .spend(
            table,
            HISTOGRAM,
            name,
            domain != null ? "geometric, k gate" : StableThreshold.mechanism(bar),
            domain == null);
    kept.sort(
        Comparator.comparingLong(Frequency::count).reversed().thenComparing(Frequency::value));
    long keptRows = kept.stream().mapToLong(Frequency::count).sum();
    return new Categories(kept, Math.max(0, nonNull - keptRows));
  }

  private static void keep(String value, long noisy, long bar, List<Frequency> kept) {
    if (noisy >= bar) {
      kept.add(new Frequency(value, noisy));
    }
  }

  /**
   * The values the schema allows, as the profile writes them; null when only the data names them.
   */
  private static List<String> domain(Column column) {
    TypeKind kind = column.type().kind();
    if (kind == TypeKind.BOOLEAN) {
      return List.of("false", "true");
    }
    return kind == TypeKind.ENUM ? column.type().enumValues() : null;
  }
}
