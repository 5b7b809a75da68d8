package dev.synth.learn;

import dev.synth.generate.SemanticGenerators;
import dev.synth.schema.Column;
import dev.synth.schema.Table;

/**
 * The semantic kind of a text column ({@code email}, {@code first-name}...): what a {@link
 * TextSample sample} of its values shows, else what its name says. The values win because they are
 * the evidence: a column {@code c7} of emails is {@code email}, and so is a column {@code phone} of
 * emails. Only the kind id is kept.
 */
final class SemanticKinds {
  private SemanticKinds() {}

  /** The kind id, or {@code null} when neither the values nor the name say. */
  static String of(Table table, Column column, TextSample sample) {
    return SemanticGenerators.kindOfValues(sample.values(column.name()))
        .or(() -> SemanticGenerators.kindOf(table, column))
        .orElse(null);
  }
}
