package dev.synth.generate;

import dev.synth.profile.ColumnProfile;
import dev.synth.schema.Column;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.util.Optional;

/**
 * Generators that reproduce a column's learned distribution: frequencies for categorical columns,
 * quantiles for numbers and times, lengths for free text. Each is a {@link Marginal}, inverted at a
 * uniform the caller draws alone or through a {@link Copula}.
 *
 * <pre>{@code
 * ProfiledGenerators.forColumn(orders, status, statusProfile, Bounds.NONE)
 *     .map(ProfiledGenerators.Choice::description); // Optional[profile: 3 values by frequency]
 * }</pre>
 */
public final class ProfiledGenerators {
  private ProfiledGenerators() {}

  /**
   * A learned column's generator.
   *
   * @param description what a dry run shows
   * @param marginal the distribution, inverted
   */
  public record Choice(String description, Marginal marginal) {}

  /**
   * The generator for what was learned of a column, within the target column's checks; empty when
   * the profile holds nothing usable for it (a name-recognised text column keeps its realistic
   * generator, and only takes the learned NULL share).
   */
  public static Optional<Choice> forColumn(
      Table table, Column column, ColumnProfile profile, Bounds bounds) {
    TypeKind kind = column.type().kind();
    try {
      if (profile.categories() != null) {
        CategoryMarginal m =
            CategoryMarginal.of(column, profile.categories(), fresh(table, column, bounds));
        return Optional.ofNullable(m).map(c -> new Choice(categoriesText(profile), c));
      }
      if (!profile.quantiles().isEmpty()
          && (kind.isNumeric() || kind.isTemporal())
          && bounds.allowed().isEmpty()) {
        return Optional.of(
            new Choice(
                "profile: learned quantiles, median " + profile.quantiles().get(50),
                QuantileMarginal.of(column.type(), profile.quantiles(), bounds)));
      }
      if (kind.isText()
          && bounds.allowed().isEmpty()
          && SemanticGenerators.match(table, column, bounds).isEmpty()) {
        return text(table, column, profile, bounds);
      }
    } catch (IllegalArgumentException e) {
      // A learned value the target's type cannot hold: the column has drifted; use type rules.
    }
    return Optional.empty();
  }

  /**
   * Text whose column name means nothing known: the learned shape when the column still holds it,
   * else the learned semantic kind, else filler of the learned lengths.
   */
  private static Optional<Choice> text(
      Table table, Column column, ColumnProfile profile, Bounds bounds) {
    int length = column.type().length();
    int max =
        bounds.maxLength() > 0 && (length == 0 || bounds.maxLength() < length)
            ? bounds.maxLength()
            : length;
    Optional<TextShape> shape = shape(column, profile, bounds);
    if (shape.isPresent()) {
      TextShape s = shape.get();
      return Optional.of(
          new Choice("profile: text shaped " + s.shape(), (u, cell) -> s.random(cell)));
    }
    if (profile.semantic() != null) {
      Optional<GeneratorChoice> kind =
          SemanticGenerators.forKind(profile.semantic(), table, column, bounds);
      if (kind.isPresent()) {
        ValueGenerator g = kind.get().generator();
        return Optional.of(
            new Choice("profile: " + kind.get().description(), (u, cell) -> g.next(cell)));
      }
    }
    if (profile.lengths().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Choice(
            "profile: filler text, median length " + profile.lengths().get(50),
            LengthText.of(profile.lengths(), bounds.minLength(), max)));
  }

  /** The learned shape of a text column, when the target column and its checks still hold it. */
  public static Optional<TextShape> shape(Column column, ColumnProfile profile, Bounds bounds) {
    if (profile.shape() == null || !column.type().kind().isText() || !bounds.allowed().isEmpty()) {
      return Optional.empty();
    }
    TextShape shape = TextShape.of(profile.shape());
    int length = column.type().length();
    boolean fits =
        (length == 0 || shape.length() <= length)
            && (bounds.maxLength() == 0 || shape.length() <= bounds.maxLength())
            && shape.length() >= bounds.minLength();
    return fits ? Optional.of(shape) : Optional.empty();
  }

  private static ValueGenerator fresh(Table table, Column column, Bounds bounds) {
    try {
      return SemanticGenerators.match(table, column, bounds)
          .orElseGet(() -> TypeGenerators.forType(column, bounds))
          .generator();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String categoriesText(ColumnProfile profile) {
    var c = profile.categories();
    long kept = c.values().stream().mapToLong(f -> f.count()).sum();
    long percent = Math.round(100.0 * c.other() / (kept + c.other()));
    String other = c.other() == 0 ? "" : ", other " + (percent == 0 ? "<1" : percent) + "%";
    return "profile: " + c.values().size() + " values by learned frequency" + other;
  }
}
