package dev.synth.generate;

/**
 * Produces one column's value from its cell's random stream. Must be a pure function of the cell:
 * same stream, same value.
 *
 * <pre>{@code
 * ValueGenerator flag = Cell::nextBoolean;
 * }</pre>
 */
@FunctionalInterface
public interface ValueGenerator {
  Object next(Cell cell);
}
