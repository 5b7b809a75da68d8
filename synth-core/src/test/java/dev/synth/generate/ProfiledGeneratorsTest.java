package dev.synth.generate;

import static dev.synth.generate.Columns.cell;
import static dev.synth.generate.Columns.column;
import static dev.synth.generate.Columns.enumColumn;
import static dev.synth.generate.Columns.table;
import static dev.synth.generate.Columns.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synth.profile.Categories;
import dev.synth.profile.ColumnProfile;
import dev.synth.profile.Frequency;
import dev.synth.schema.Column;
import dev.synth.schema.TypeKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProfiledGeneratorsTest {
  private static final int DRAWS = 20_000;

  @Test
  void aZeroInflatedColumnKeepsItsShareOfZerosAndItsTail() {
    Column balance = column("BALANCE", TypeKind.INTEGER);
    List<String> points = new ArrayList<>();
    IntStream.rangeClosed(0, 100)
        .forEach(p -> points.add(p <= 90 ? "0" : String.valueOf(100 * (p - 90))));
    points.set(100, points.get(99));

    List<Object> values = draw(numbers(balance, points, Bounds.NONE));

    assertThat(share(values, v -> ((Integer) v) == 0)).isCloseTo(0.9, within(0.01));
    assertThat(share(values, v -> ((Integer) v) > 500)).isCloseTo(0.05, within(0.01));
    assertThat(values).allMatch(v -> ((Integer) v) <= 900);
  }

  @Test
  void learnedValuesAreClampedIntoTheTargetsChecks() {
    Column age = column("AGE", TypeKind.INTEGER);
    List<String> points = new ArrayList<>();
    IntStream.rangeClosed(0, 100)
        .forEach(p -> points.add(String.valueOf(18 + Math.max(1, Math.min(99, p)))));
    Bounds adults =
        Bounds.NONE.withMin(BigDecimal.valueOf(21), true).withMax(BigDecimal.valueOf(65), false);

    List<Object> values = draw(numbers(age, points, adults));

    assertThat(values).allMatch(v -> ((Integer) v) >= 21 && ((Integer) v) < 65);
    assertThat(values).contains(21, 64);
  }

  @Test
  void pointsBetweenTheTypesStepsAreUsedAndOnlyTheDrawnValueIsRounded() {
    Column price = Columns.decimal("PRICE", 4, 2);
    List<String> points = new ArrayList<>();
    IntStream.rangeClosed(0, 100)
        .forEach(p -> points.add(String.valueOf(10 + Math.max(1, Math.min(99, p)) / 8.0)));
    ColumnProfile profile =
        new ColumnProfile(
            "PRICE",
            "NUMERIC(4,2)",
            TypeKind.DECIMAL,
            false,
            0,
            900L,
            points,
            null,
            List.of(),
            null,
            null);

    List<Object> values =
        draw(
            ProfiledGenerators.forColumn(table("T", price), price, profile, Bounds.NONE)
                .orElseThrow()
                .marginal());

    assertThat(values).allMatch(v -> ((BigDecimal) v).scale() == 2);
    assertThat(values)
        .allMatch(
            v ->
                ((BigDecimal) v).compareTo(new BigDecimal("10.12")) >= 0
                    && ((BigDecimal) v).compareTo(new BigDecimal("22.38")) <= 0);
  }

  @Test
  void categoriesKeepTheirFrequenciesAndOtherNeverRepeatsAKeptValue() {
    Column status = text("STATUS", TypeKind.VARCHAR, 12);
    Categories learned =
        new Categories(List.of(new Frequency("PAID", 700), new Frequency("NEW", 200)), 100);

    List<Object> values = draw(categorical(status, learned));

    assertThat(share(values, "PAID"::equals)).isCloseTo(0.7, within(0.015));
    assertThat(share(values, "NEW"::equals)).isCloseTo(0.2, within(0.015));
    List<Object> others =
        values.stream().filter(v -> !v.equals("PAID") && !v.equals("NEW")).toList();
    assertThat((double) others.size() / DRAWS).isCloseTo(0.1, within(0.015));
    assertThat(others).allMatch(v -> ((String) v).length() <= 12);
  }

  @Test
  void anEnumsOtherShareTakesTheLabelsTheProfileDidNotRelease() {
    Column size = enumColumn("SIZE", "S", "M", "L", "XL");
    Categories learned =
        new Categories(List.of(new Frequency("M", 500), new Frequency("L", 400)), 100);

    List<Object> values = draw(categorical(size, learned));

    assertThat(share(values, v -> v.equals("S") || v.equals("XL"))).isCloseTo(0.1, within(0.015));
    assertThat(values).contains("S", "XL");
  }

  @Test
  void freeTextFollowsTheLearnedLengthsWithinTheColumn() {
    Column note = text("C7", TypeKind.VARCHAR, 40);
    List<Long> lengths = new ArrayList<>();
    IntStream.rangeClosed(0, 100).forEach(p -> lengths.add(p < 50 ? 5L : 60L));
    ColumnProfile profile =
        new ColumnProfile(
            "C7",
            "VARCHAR(80)",
            TypeKind.VARCHAR,
            true,
            0,
            900L,
            List.of(),
            null,
            lengths,
            null,
            null);

    List<Object> values =
        draw(
            ProfiledGenerators.forColumn(table("T", note), note, profile, Bounds.NONE)
                .orElseThrow()
                .marginal());

    assertThat(share(values, v -> ((String) v).length() == 5)).isCloseTo(0.5, within(0.02));
    assertThat(values).allMatch(v -> ((String) v).length() <= 40);
    assertThat(share(values, v -> ((String) v).length() == 40)).isCloseTo(0.49, within(0.02));
  }

  @Test
  void aCopulaReproducesTheLearnedScoreCorrelationEvenThroughTies() {
    Column age = column("AGE", TypeKind.INTEGER);
    Column segment = text("SEGMENT", TypeKind.VARCHAR, 10);
    List<String> ages = new ArrayList<>();
    IntStream.rangeClosed(0, 100)
        .forEach(p -> ages.add(String.valueOf(20 + Math.max(1, Math.min(99, p)) / 2)));
    Marginal a = numbers(age, ages, Bounds.NONE);
    Marginal s =
        categorical(
            segment,
            new Categories(
                List.of(
                    new Frequency("bronze", 50),
                    new Frequency("silver", 35),
                    new Frequency("gold", 15)),
                0));
    Copula copula = Copula.of(7, new double[][] {{1, -0.6}, {-0.6, 1}}, List.of(a, s));

    double[] x = new double[DRAWS];
    double[] y = new double[DRAWS];
    Map<Object, Integer> rank = Map.of("bronze", 0, "silver", 1, "gold", 2);
    for (int row = 0; row < DRAWS; row++) {
      x[row] = (Integer) a.at(copula.uniform(row, 0), cell(1, row));
      y[row] = rank.get(s.at(copula.uniform(row, 1), cell(2, row)));
    }

    assertThat(Scores.correlation(x, y)).isCloseTo(-0.6, within(0.03));
  }

  @Test
  void theSameRowGivesTheSameCorrelatedDraws() {
    Copula copula = Copula.of(3, new double[][] {{1, 0.5}, {0.5, 1}});

    assertThat(copula.uniform(42, 1))
        .isEqualTo(Copula.of(3, new double[][] {{1, 0.5}, {0.5, 1}}).uniform(42, 1));
    assertThat(copula.uniform(42, 1)).isNotEqualTo(copula.uniform(43, 1));
  }

  private static Marginal numbers(Column column, List<String> points, Bounds bounds) {
    return QuantileMarginal.of(column.type(), points, bounds);
  }

  private static Marginal categorical(Column column, Categories categories) {
    ValueGenerator fresh = TypeGenerators.forType(column, Bounds.NONE).generator();
    return CategoryMarginal.of(column, categories, fresh);
  }

  private static List<Object> draw(Marginal marginal) {
    List<Object> values = new ArrayList<>();
    for (int row = 0; row < DRAWS; row++) {
      Cell c = cell(9, row);
      values.add(marginal.at(c.nextDouble(), c));
    }
    return values;
  }

  private static double share(List<Object> values, java.util.function.Predicate<Object> test) {
    return (double) values.stream().filter(test).count() / values.size();
  }
}
