package dev.synth.generate;

import java.math.BigInteger;

/** Powers that saturate at {@code Long.MAX_VALUE} instead of overflowing: capacities. */
final class BigIntegerPowers {
  private BigIntegerPowers() {}

  static long pow(long base, int exponent) {
    BigInteger p = BigInteger.valueOf(base).pow(Math.max(0, exponent));
    return p.bitLength() < 63 ? p.longValue() : Long.MAX_VALUE;
  }
}
