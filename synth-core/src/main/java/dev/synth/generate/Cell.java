package dev.synth.generate;

import net.datafaker.Faker;

/**
 * The deterministic random stream of one cell, {@code (seed, table, column, row)}, plus access to
 * the other values of its row.
 *
 * <pre>{@code
 * ValueGenerator quantity = cell -> 1 + cell.nextInt(10);
 * ValueGenerator updated = cell -> ((LocalDateTime) cell.value("CREATED_AT")).plusHours(cell.nextInt(48));
 * }</pre>
 */
public interface Cell {

  /** A cell whose stream starts at {@code start}; {@code rowValues} answers {@link #value}. */
  static Cell of(long start, long row, java.util.function.Function<String, Object> rowValues) {
    return new CellStream(start, row, rowValues);
  }

  /** The row index within this run, from 0. */
  long row();

  long nextLong();

  /** A uniform int in {@code [0, bound)}; bound must be positive. */
  int nextInt(int bound);

  /** A uniform long in {@code [0, bound)}; bound must be positive. */
  long nextLong(long bound);

  /** A uniform double in {@code [0, 1)}. */
  double nextDouble();

  boolean nextBoolean();

  /**
   * This thread's Faker, reseeded from this cell's stream. Call {@link #value} before it, not
   * between taking the Faker and using it.
   */
  Faker faker();

  /** The value another column of the same row takes (computed on demand). */
  Object value(String column);
}
