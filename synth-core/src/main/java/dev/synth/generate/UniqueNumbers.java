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
    UnitRange r = NumberGenerators.units(column, bounds);
    boolean wide = column.type().kind() == TypeKind.BIGINT;
    return new IndexedValues(r.size(), column.type().kind() + " from " + r.lo() + " upwards",
        (i, cell) -> wide ? (Object) r.at(i) : (Object) (int) r.at(i));
  }

  static UniqueGenerator decimal(Column column, Bounds bounds) {
    UnitRange r = NumberGenerators.units(column, bounds);
    int scale = JavaValues.scale(column.type());
    return new IndexedValues(r.size(),
        column.type() + " from " + BigDecimal.valueOf(r.lo(), scale) + " in steps of "
            + BigDecimal.ONE.movePointLeft(scale),
        (i, cell) -> BigDecimal.valueOf(r.at(i), scale));
  }

  /**
   * Floating-point values as decimals with few enough significant digits that distinct decimals
   * stay distinct after rounding to float or double.
   */
  static UniqueGenerator floating(Column column, Bounds bounds) {
    boolean real = column.type().kind() == TypeKind.REAL;
    int digits = real ? FLOAT_DIGITS : DOUBLE_DIGITS;
    double lo = bounds.min() == null ? 0 : JavaValues.number(bounds.min()).doubleValue();
    double hi = bounds.max() == null ? lo + 1_000_000 : JavaValues.number(bounds.max()).doubleValue();
    BigDecimal widest = BigDecimal.valueOf(Math.max(Math.abs(lo), Math.abs(hi)));
    int intDigits = widest.setScale(0, RoundingMode.CEILING).toBigInteger().toString().length();
    int scale = Math.min(9, Math.max(0, digits - intDigits));
    Column grid = new Column(column.name(),
        new ColumnType(TypeKind.DECIMAL, column.type().sqlName(), 0, digits, scale, List.of()),
        column.nullable(), column.identity(), column.defaultValue());
    Bounds b = bounds.withMin(BigDecimal.valueOf(lo), bounds.min() == null || bounds.minInclusive())
        .withMax(BigDecimal.valueOf(hi), bounds.maxInclusive());
    UnitRange r = NumberGenerators.units(grid, b);
    return new IndexedValues(r.size(), column.type().kind() + " from " + lo + " in steps of "
        + BigDecimal.ONE.movePointLeft(scale), (i, cell) -> {
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
    return new IndexedValues(size,
        kind + " spread over [" + TemporalValues.fromUnits(kind, r.lo()) + ", "
            + TemporalValues.fromUnits(kind, r.hi()) + "]",
        (i, cell) -> TemporalValues.fromUnits(
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
