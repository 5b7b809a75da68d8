package dev.synth.generate;

/**
 * A keyed bijection of {@code [0, size)}: a four-round Feistel network over the smallest even power
 * of two that holds {@code size}, with cycle-walking back into range. Unique values come from
 * feeding row indexes through it, never from retry loops.
 *
 * <pre>{@code
 * Permutation p = new Permutation(1000, seed);
 * p.apply(0); // some index in [0, 1000), distinct for every input
 * }</pre>
 */
public final class Permutation {
  private static final int ROUNDS = 4;

  private final long size;
  private final int halfBits;
  private final long halfMask;
  private final long[] keys = new long[ROUNDS];

  public Permutation(long size, long key) {
    if (size < 1) {
      throw new IllegalArgumentException("permutation size must be >= 1 but was " + size);
    }
    this.size = size;
    int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
    this.halfBits = (bits + 1) / 2;
    this.halfMask = (1L << halfBits) - 1;
    for (int r = 0; r < ROUNDS; r++) {
      keys[r] = Seeds.combine(key, r);
    }
  }

  public long size() {
    return size;
  }

  /** The image of {@code index}, which must lie in {@code [0, size)}. */
  public long apply(long index) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("index must be in [0, " + size + ") but was " + index);
    }
    long x = index;
    do {
      x = encrypt(x);
    } while (x >= size);
    return x;
  }

  private long encrypt(long x) {
    long left = x >>> halfBits;
    long right = x & halfMask;
    for (long k : keys) {
      long next = left ^ (Seeds.combine(k, right) & halfMask);
      left = right;
      right = next;
    }
    return (left << halfBits) | right;
  }
}
