package dev.synth.generate;

import java.util.Objects;

/**
 * A generator chosen for one column, with the text a dry run shows for it.
 *
 * <pre>{@code
 * GeneratorChoice qty = new GeneratorChoice("INTEGER in [1, 99]", cell -> 1 + cell.nextInt(99));
 * }</pre>
 *
 * @param description what the generator produces, e.g. {@code email (Datafaker internet)}
 * @param generator the generator itself
 */
public record GeneratorChoice(String description, ValueGenerator generator) {
  public GeneratorChoice {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(generator, "generator of " + description);
  }
}
