package dev.synth.generate;

/**
 * An injective map from an index in {@code [0, capacity)} to a column value: distinct indexes give
 * distinct values, so a unique column is filled by feeding it a permutation of row indexes.
 *
 * <pre>{@code
 * UniqueGenerator codes = ...;
 * codes.at(7, cell); // never equal to codes.at(8, cell)
 * }</pre>
 */
public interface UniqueGenerator {

  /** How many distinct values exist; {@code Long.MAX_VALUE} when practically unbounded. */
  long capacity();

  /** The value for {@code index}; the cell only adds decoration that keeps injectivity. */
  Object at(long index, Cell cell);

  /** What the values look like, for a dry-run plan. */
  default String describe() {
    return "unique values, capacity " + capacity();
  }
}
