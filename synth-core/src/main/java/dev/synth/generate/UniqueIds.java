package dev.synth.generate;

import java.util.UUID;

/** Distinct UUIDs, bytes and JSON documents computed from the index alone. */
final class UniqueIds {
  /** A version-4 UUID keeps 122 random bits; 62 of them carry the index. */
  static final long UUID_CAPACITY = 1L << 62;

  private static final long LOW_62 = UUID_CAPACITY - 1;

  private UniqueIds() {}

  /**
   * A random-looking version-4 UUID whose low 62 bits are a bijection of the index, so distinct
   * indexes below 2^62 give distinct UUIDs.
   */
  static UUID uuid(long index) {
    long x = index & LOW_62;
    x = (x * 0x9E3779B97F4A7C15L) & LOW_62;
    x ^= x >>> 29;
    x = (x * 0xBF58476D1CE4E5B9L) & LOW_62;
    x ^= x >>> 32;
    long msb = (Seeds.mix(index) & ~0xF000L) | 0x4000L;
    return new UUID(msb, x | 0x8000_0000_0000_0000L);
  }

  /** The index big-endian in the last bytes; bytes before the last eight are index-derived. */
  static byte[] bytes(long index, int width) {
    byte[] b = new byte[width];
    long v = index;
    for (int i = width - 1; i >= Math.max(0, width - 8); i--, v >>>= 8) {
      b[i] = (byte) v;
    }
    long pad = Seeds.mix(index);
    for (int i = 0; i < width - 8; i++, pad = Seeds.mix(pad)) {
      b[i] = (byte) pad;
    }
    return b;
  }
}
