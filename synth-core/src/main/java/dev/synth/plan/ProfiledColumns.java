package dev.synth.plan;

import dev.synth.config.ColumnConfig;
import dev.synth.generate.Copula;
import dev.synth.generate.GeneratorChoice;
import dev.synth.generate.Marginal;
import dev.synth.generate.Overrides;
import dev.synth.generate.ProfiledGenerators;
import dev.synth.generate.Seeds;
import dev.synth.generate.UniqueGenerator;
import dev.synth.profile.Correlation;
import dev.synth.schema.Column;
import dev.synth.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learned generators of one table's free columns, and the copula that correlates them. A column
 * takes part in the copula when the profile holds a correlation for it and another free, learned
 * column; keys, references and columns under a user rule never do.
 */
final class ProfiledColumns {
  private final PlanContext context;
  private final Table table;
  private final CheckBounds checks;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Optional<ProfiledGenerators.Choice>> learned = new HashMap<>();
  private Copula copula;

  ProfiledColumns(PlanContext context, Table table, CheckBounds checks) {
    this.context = context;
    this.table = table;
    this.checks = checks;
  }

  void correlate(Collection<String> freeColumns) {
    List<Correlation> pairs =
        context.profile().table(table.name()).map(t -> t.correlations()).orElse(List.of());
    List<String> members = new ArrayList<>();
    List<Correlation> used = new ArrayList<>();
    for (Correlation pair : pairs) {
      String a = learnedFreeColumn(freeColumns, pair.a());
      String b = learnedFreeColumn(freeColumns, pair.b());
      if (a == null || b == null || pair.rho() == 0) {
        continue;
      }
      used.add(new Correlation(a, b, pair.rho()));
      List.of(a, b).stream().filter(c -> !members.contains(c)).forEach(members::add);
    }
    if (used.isEmpty()) {
      return;
    }
    double[][] matrix = new double[members.size()][members.size()];
    for (Correlation pair : used) {
      int i = members.indexOf(pair.a());
      int j = members.indexOf(pair.b());
      matrix[i][j] = pair.rho();
      matrix[j][i] = pair.rho();
    }
    for (int i = 0; i < members.size(); i++) {
      index.put(members.get(i), i);
    }
    long key =
        Seeds.combine(context.config().seed(), Seeds.key(table.name().seedKey() + "#copula"));
    List<Marginal> marginals =
        members.stream()
            .map(c -> learnedChoice(table.column(c).orElseThrow()).orElseThrow().marginal())
            .toList();
    copula = Copula.of(key, matrix, marginals);
  }

  /** The learned generator of a free column, or empty when nothing usable was learned. */
  Optional<GeneratorChoice> choice(Column column) {
    return learnedChoice(column).map(p -> generator(column.name(), p));
  }

  /** Built once per column: the copula's weakening factors and the generator share it. */
  private Optional<ProfiledGenerators.Choice> learnedChoice(Column column) {
    return learned.computeIfAbsent(column.name(), name -> learn(column));
  }

  private Optional<ProfiledGenerators.Choice> learn(Column column) {
    ColumnConfig rule = context.resolved().column(table.name(), column.name());
    if (rule != null && Overrides.hasRule(rule)) {
      return Optional.empty();
    }
    return context
        .profile()
        .column(table.name(), column)
        .flatMap(
            cp -> ProfiledGenerators.forColumn(table, column, cp, checks.bounds(column.name())));
  }

  /**
   * Unique codes in the shape the profile learned (e.g. {@code AA-9999}), when the column holds it
   * and it has room for {@code needed} rows; else {@code null}.
   */
  UniqueGenerator uniqueShape(Column column, long needed) {
    long key =
        Seeds.combine(
            context.config().seed(),
            Seeds.key(table.name().seedKey() + "#" + column.name() + "#shape"));
    return context
        .profile()
        .column(table.name(), column)
        .flatMap(cp -> ProfiledGenerators.shape(column, cp, checks.bounds(column.name())))
        .map(shape -> shape.unique(key))
        .filter(unique -> unique.capacity() >= needed)
        .orElse(null);
  }

  private GeneratorChoice generator(String name, ProfiledGenerators.Choice learned) {
    Marginal marginal = learned.marginal();
    Integer i = index.get(name);
    if (i == null) {
      return new GeneratorChoice(
          learned.description(), cell -> marginal.at(cell.nextDouble(), cell));
    }
    Copula joint = copula;
    int at = i;
    return new GeneratorChoice(
        learned.description() + ", correlated",
        cell -> marginal.at(joint.uniform(cell.row(), at), cell));
  }

  /** The free column the profile's name stands for, when it has a learned generator. */
  private String learnedFreeColumn(Collection<String> freeColumns, String profileName) {
    for (String c : freeColumns) {
      if (c.equalsIgnoreCase(profileName)) {
        Column column = table.column(c).orElseThrow();
        return learnedChoice(column).isPresent() ? c : null;
      }
    }
    return null;
  }
}
