package dev.synth.learn;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;

/**
 * Renders a value read from the source as the text a profile stores: plain decimals (never
 * exponents) and ISO dates and times, the same whichever driver returned it.
 */
final class ValueText {
  private ValueText() {}

  static String of(ResultSet rs, int index) throws SQLException {
    Object value = rs.getObject(index);
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      // NaN and infinities have no decimal form; PostgreSQL stores them in float columns.
      return Double.isFinite(d)
          ? new BigDecimal(value.toString()).toPlainString()
          : value.toString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (value instanceof Time t) {
      return t.toLocalTime().toString();
    }
    return rs.getString(index);
  }
}
