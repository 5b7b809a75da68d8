package dev.synth.generate;

import java.util.Random;
import java.util.function.Function;
import net.datafaker.Faker;

/** SplitMix64 over a cell's start hash. One instance per cell; cheap enough to allocate. */
final class CellStream implements Cell {
  private static final ThreadLocal<SeededFaker> FAKERS = ThreadLocal.withInitial(SeededFaker::new);

  private final long row;
  private final Function<String, Object> rowValues;
  private long state;

  CellStream(long start, long row, Function<String, Object> rowValues) {
    this.state = start;
    this.row = row;
    this.rowValues = rowValues;
  }

  @Override
  public long row() {
    return row;
  }

  @Override
  public long nextLong() {
    state += Seeds.step();
    return Seeds.mix(state);
  }

  @Override
  public int nextInt(int bound) {
    return (int) nextLong(bound);
  }

  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive but was " + bound);
    }
    // Multiply-shift on the top 63 bits: uniform enough for test data, no modulo bias worth noting.
    long r = nextLong() >>> 1;
    return Math.floorMod(Math.multiplyHigh(r, bound) * 2 + ((r * bound) >>> 63), bound);
  }

  @Override
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  @Override
  public boolean nextBoolean() {
    return nextLong() < 0;
  }

  @Override
  public Faker faker() {
    SeededFaker f = FAKERS.get();
    f.random.setSeed(nextLong());
    return f.faker;
  }

  @Override
  public Object value(String column) {
    return rowValues.apply(column);
  }

  /** A Faker per thread whose Random is reseeded for every cell that asks for it. */
  private static final class SeededFaker {
    // Seeded per cell in faker(); never used with its construction seed.
    final Random random = new Random(0);
    final Faker faker = new Faker(java.util.Locale.ENGLISH, random);
  }
}
