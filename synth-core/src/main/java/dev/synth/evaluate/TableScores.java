package dev.synth.evaluate;

import dev.synth.profile.ColumnProfile;
import dev.synth.profile.ForeignKeyProfile;
import dev.synth.profile.TableProfile;
import dev.synth.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores one synthetic table, measured on the reference's terms, against the reference's profile of
 * it. An empty synthetic table resembles nothing: its columns and fan-outs score 0.
 */
final class TableScores {
  private TableScores() {}

  /**
   * @param synthetic the synthetic table's schema, which tells the keys
   */
  static TableComparison of(
      TableProfile reference, TableProfile measured, Table synthetic, ExactMatches exact) {
    List<ColumnSimilarity> columns = new ArrayList<>();
    for (ColumnProfile ref : reference.columns()) {
      Statistic statistic = statisticOf(ref);
      if (statistic != null) {
        double distance = measured.rows() == 0 ? 1 : distance(statistic, ref, reference, measured);
        columns.add(
            new ColumnSimilarity(
                reference.name(),
                ref.name(),
                statistic,
                Shares.clamp(1 - distance),
                Keys.isKey(synthetic, ref.name())));
      }
    }
    List<FanOutSimilarity> fanOuts = new ArrayList<>();
    for (ForeignKeyProfile ref : reference.foreignKeys()) {
      if (!ref.children().isEmpty()) {
        fanOuts.add(fanOut(reference.name(), ref, foreignKey(measured, ref)));
      }
    }
    return new TableComparison(
        reference.name(),
        reference.rows(),
        measured.rows(),
        columns,
        CorrelationGap.mad(reference.correlations(), measured.correlations()),
        reference.correlations().size(),
        fanOuts,
        exact);
  }

  /** The statistic the reference holds a distribution for, or null when it holds none. */
  private static Statistic statisticOf(ColumnProfile ref) {
    if (ref.categories() != null) {
      return Statistic.TVD;
    }
    if (!ref.quantiles().isEmpty()) {
      return Statistic.KS;
    }
    return ref.lengths().isEmpty() ? null : Statistic.LENGTH_KS;
  }

  private static double distance(
      Statistic statistic, ColumnProfile ref, TableProfile reference, TableProfile measured) {
    ColumnProfile syn = measured.column(ref.name());
    String where = reference.name() + "." + ref.name();
    return switch (statistic) {
      case TVD ->
          CategoryDistance.tvd(
              ref.categories(),
              ref.nullFraction(),
              reference.rows(),
              syn.categories(),
              syn.nullFraction(),
              measured.rows());
      case KS ->
          StepCdf.ks(
              new StepCdf(PointValues.parse(ref.quantiles(), where), ref.nullFraction()),
              new StepCdf(PointValues.parse(syn.quantiles(), where), syn.nullFraction()));
      case LENGTH_KS ->
          StepCdf.ks(
              new StepCdf(lengths(ref.lengths()), ref.nullFraction()),
              new StepCdf(lengths(syn.lengths()), syn.nullFraction()));
    };
  }

  private static double[] lengths(List<Long> points) {
    return points.stream().mapToDouble(Long::doubleValue).toArray();
  }

  private static FanOutSimilarity fanOut(
      String table, ForeignKeyProfile ref, ForeignKeyProfile measured) {
    double distance =
        measured.children().isEmpty() ? 1 : FanOutDistance.tvd(ref.children(), measured.children());
    return new FanOutSimilarity(
        table, ref.name(), ref.columns(), ref.targetTable(), Shares.clamp(1 - distance));
  }

  private static ForeignKeyProfile foreignKey(TableProfile measured, ForeignKeyProfile ref) {
    return measured.foreignKeys().stream()
        .filter(fk -> fk.name().equals(ref.name()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the measurement of " + measured.name() + " lacks foreign key " + ref.name()));
  }
}
