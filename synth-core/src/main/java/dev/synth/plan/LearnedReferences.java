package dev.synth.plan;

import dev.synth.generate.FanOutLayout;
import dev.synth.generate.ParentChooser;
import dev.synth.generate.Permutation;
import dev.synth.generate.Seeds;
import dev.synth.profile.DepthCount;
import dev.synth.profile.ForeignKeyProfile;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import java.util.Optional;

/**
 * How a table's foreign keys follow what the profile learned of them: a self-reference as a tree of
 * the learned depths, any other reference by the learned children-per-parent histogram. The first
 * key laid out by a histogram keeps families in row order; the others are shuffled, so two
 * references of one table do not move together.
 */
final class LearnedReferences {
  private final PlanContext context;
  private final Table table;
  private final long rows;
  private boolean laidOut;

  /** A learned choice of parents and what a dry run says of it. */
  record Choice(ParentChooser chooser, String how) {}

  LearnedReferences(PlanContext context, Table table, long rows) {
    this.context = context;
    this.table = table;
    this.rows = rows;
  }

  /**
   * The learned way to pick parents for {@code fk}, or empty when nothing usable was learned.
   *
   * @param key the foreign key's seed key, for a tree
   */
  Optional<Choice> choose(ForeignKey fk, long parents, boolean nullable, long key) {
    return fk.target().equals(table.name())
        ? tree(fk, nullable, key)
        : fanOut(fk, parents, nullable);
  }

  /** A self-reference filled level by level: roots, then rows under roots, and so on. */
  private Optional<Choice> tree(ForeignKey fk, boolean nullable, long key) {
    return learned(fk)
        .filter(f -> !f.depths().isEmpty())
        .map(f -> f.depths().stream().mapToLong(DepthCount::rows).toArray())
        .map(
            levels ->
                new Choice(
                    ParentChooser.byDepth(rows, levels, key, nullable),
                    "a tree of the learned depths (" + levels.length + " levels)"));
  }

  /**
   * Parents by the learned histogram, when the parent is filled in this run and no per-parent rule
   * says otherwise.
   */
  private Optional<Choice> fanOut(ForeignKey fk, long parents, boolean nullable) {
    if (!context.resolved().filled().contains(fk.target())
        || context.resolved().table(table.name()).perParent() != null) {
      return Optional.empty();
    }
    ForeignKeyProfile profile = learned(fk).orElse(null);
    if (profile == null || profile.children().isEmpty()) {
      return Optional.empty();
    }
    double nulls = nullable ? nullFraction(fk, profile.nullFraction()) : 0;
    long key =
        Seeds.combine(
            context.config().seed(),
            Seeds.key(table.name().seedKey() + "#" + fk.name() + "#fanout"));
    FanOutLayout layout = FanOutLayout.draw(profile.children(), parents, nulls, key);
    Permutation shuffle = laidOut ? new Permutation(Math.max(1, rows), key) : null;
    laidOut = true;
    String how =
        "learned children per parent"
            + (nulls > 0 ? ", NULL " + TablePlanner.percent(nulls) : "")
            + (shuffle == null ? "" : ", shuffled");
    return Optional.of(new Choice(layout.chooser(rows, shuffle), how));
  }

  private Optional<ForeignKeyProfile> learned(ForeignKey fk) {
    return context.profile().foreignKey(table.name(), fk);
  }

  /** The user's NULL share for the key's first column wins over the learned one. */
  private double nullFraction(ForeignKey fk, double learned) {
    var rule = context.resolved().column(table.name(), fk.columns().get(0));
    return rule != null && rule.nullFraction() != null ? rule.nullFraction() : learned;
  }
}
