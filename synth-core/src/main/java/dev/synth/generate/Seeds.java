package dev.synth.generate;

import java.nio.charset.StandardCharsets;

/**
 * Counter-based hashing behind every random value: a cell's stream starts from {@code mix(seed,
 * table, column, row)}, so values never depend on generation order, threads or batches.
 *
 * <pre>{@code
 * long h = Seeds.cell(42, Seeds.key("public.orders"), Seeds.key("status"), 17);
 * }</pre>
 */
public final class Seeds {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** SplitMix64's finaliser: a bijection of longs with good avalanche. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Combines two values into one hash; order matters. */
  public static long combine(long a, long b) {
    return mix(a * GOLDEN + mix(b + GOLDEN));
  }

  /** A stable 64-bit key for a name (FNV-1a, then mixed). */
  public static long key(String name) {
    long h = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The start of the random stream of one cell. */
  public static long cell(long seed, long tableKey, long columnKey, long row) {
    return combine(combine(combine(seed, tableKey), columnKey), row);
  }

  /** The golden-ratio increment SplitMix64 advances its state by. */
  static long step() {
    return GOLDEN;
  }
}
