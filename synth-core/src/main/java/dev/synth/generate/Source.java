package dev.synth.generate;

/**
 * Where one column's values come from; the planner picks one per column.
 *
 * <pre>{@code
 * Source s = new Source.Generated(generator, 0.1);
 * }</pre>
 */
public sealed interface Source {

  /** A free value, NULL at {@code nullFraction} of the rows. */
  record Generated(ValueGenerator generator, double nullFraction) implements Source {}

  /** A value unique in the column: the row index (maybe permuted) mapped injectively. */
  record Unique(UniqueGenerator generator, Permutation permutation) implements Source {}

  /**
   * {@code base + row + 1}: an integer key like an identity would give; {@code Long} values when
   * wide, else {@code Integer}.
   */
  record Sequence(long base, boolean wide) implements Source {}

  /** Always NULL (a type we cannot generate, or a check we cannot honour, on a nullable column). */
  record Null() implements Source {}
}
