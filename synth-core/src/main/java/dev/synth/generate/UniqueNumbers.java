package dev.synth.generate;

import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.TypeKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/** Distinct numbers and temporals: the index-th allowed unit of the column's range. */
final class UniqueNumbers {
  private static final int DOUBLE_DIGITS = 15;
  private static final int FLOAT_DIGITS = 6;

  private UniqueNumbers() {}

  static UniqueGenerator integer(Column column, Bounds bounds) {
    boolean wide = column.type().kind() == TypeKind.BIGINT;
    boolean maxAboveOne =
        bounds.max() == null || JavaValues.number(bounds.max()).compareTo(BigDecimal.ONE) >= 0;
    if (wide && bounds.min() == null && maxAboveOne) {
      // 1..2^63-1 already exceeds any row count; the negatives would only look odd.
      bounds = bounds.withMin(BigDecimal.ONE, true);
    }
    UnitRange r = NumberGenerators.units(column, bounds);
    long first = firstRank(r, bounds, 1);
    String desc = column.type().kind() + " from " + r.at(first) + " upwards";
    if (wide) {
      return new IndexedValues(r.size(), desc, (i, cell) -> r.at(rotate(i, first, r)));
    }
    return new IndexedValues(r.size(), desc, (i, cell) -> (int) r.at(rotate(i, first, r)));
  }

  static UniqueGenerator decimal(Column column, Bounds bounds) {
    UnitRange r = NumberGenerators.units(column, bounds);
    int scale = JavaValues.scale(column.type());
    long one = scale <= 18 ? BigDecimal.ONE.movePointRight(scale).longValue() : Long.MAX_VALUE;
    long first = firstRank(r, bounds, one);
    return new IndexedValues(
        r.size(),
        column.type()
            + " from "
            + BigDecimal.valueOf(r.at(first), scale)
            + " in steps of "
            + BigDecimal.ONE.movePointLeft(scale),
        (i, cell) -> BigDecimal.valueOf(r.at(rotate(i, first, r)), scale));
  }

  /**
   * Without a lower bound, keys start at 1 (as identity columns do) and take the values below it
   * only after the ones above: the rank of the first allowed unit {@code >= one}, or 0.
   */
  private static long firstRank(UnitRange r, Bounds bounds, long one) {
    if (bounds.min() != null || r.lo() >= one || r.hi() < one || r.size() == Long.MAX_VALUE) {
      return 0;
    }
    return r.rank(one);
  }

  /** A rotation of {@code [0, size)}: a bijection, so injectivity is kept. */
  private static long rotate(long index, long first, UnitRange r) {
    long size = r.size();
    return index < size - first ? index + first : index - (size - first);
  }

  /**
   * Floating-point values as decimals with few enough significant digits that distinct decimals
   * stay distinct after rounding to float or double.
   */
  static UniqueGenerator floating(Column column, Bounds bounds) {
    boolean real = column.type().kind() == TypeKind.REAL;
    int digits = real ? FLOAT_DIGITS : DOUBLE_DIGITS;
    Double max = bounds.max() == null ? null : JavaValues.number(bounds.max()).doubleValue();
    double lo =
        bounds.min() != null
            ? JavaValues.number(bounds.min()).doubleValue()
            : max == null ? 0 : Math.min(0, max - 1_000_000);
    double hi = max != null ? max : lo + 1_000_000;
    BigDecimal widest = BigDecimal.valueOf(Math.max(Math.abs(lo), Math.abs(hi)));
    int intDigits = widest.setScale(0, RoundingMode.CEILING).toBigInteger().toString().length();
    int scale = Math.min(9, Math.max(0, digits - intDigits));
    Column grid =
        new Column(
            column.name(),
            new ColumnType(TypeKind.DECIMAL, column.type().sqlName(), 0, digits, scale, List.of()),
            column.nullable(),
            column.identity(),
            column.defaultValue());
    Bounds b =
        bounds
            .withMin(BigDecimal.valueOf(lo), bounds.min() == null || bounds.minInclusive())
            .withMax(BigDecimal.valueOf(hi), bounds.maxInclusive());
    UnitRange r = NumberGenerators.units(grid, b);
    return new IndexedValues(
        r.size(),
        column.type().kind()
            + " from "
            + lo
            + " in steps of "
            + BigDecimal.ONE.movePointLeft(scale),
        (i, cell) -> {
          BigDecimal d = BigDecimal.valueOf(r.at(i), scale);
          return real ? (Object) d.floatValue() : (Object) d.doubleValue();
        });
  }

  /** Distinct dates or times spread over the range by a multiplicative permutation. */
  static UniqueGenerator temporal(Column column, Bounds bounds) {
    TypeKind kind = column.type().kind();
    UnitRange r = TemporalGenerators.units(column, bounds);
    long size = r.size();
    BigInteger n = BigInteger.valueOf(size);
    BigInteger stride = coprimeStride(size);
    return new IndexedValues(
        size,
        kind
            + " spread over ["
            + TemporalValues.fromUnits(kind, r.lo())
            + ", "
            + TemporalValues.fromUnits(kind, r.hi())
            + "]",
        (i, cell) ->
            TemporalValues.fromUnits(
                kind, r.at(BigInteger.valueOf(i).multiply(stride).mod(n).longValue())));
  }

  /** A stride near the golden section of {@code n} sharing no factor with it. */
  private static BigInteger coprimeStride(long n) {
    BigInteger size = BigInteger.valueOf(n);
    BigInteger s = BigInteger.valueOf(Math.max(1, (long) (n * 0.6180339887498949)));
    while (!s.gcd(size).equals(BigInteger.ONE)) {
      s = s.add(BigInteger.ONE);
    }
    return s;
  }
}
