package dev.synth.learn;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Renders a value read from the source as the text a profile stores: plain decimals (never
 * exponents) and ISO dates and times, with their offset when the type has one, the same whichever
 * driver returned it and whatever the JVM's time zone.
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
    // The java.sql types are shifted through the JVM's zone; the java.time ones are not.
    if (value instanceof Date) {
      return rs.getObject(index, LocalDate.class).toString();
    }
    if (value instanceof Timestamp) {
      Class<?> type = isZoned(rs, index) ? OffsetDateTime.class : LocalDateTime.class;
      return rs.getObject(index, type).toString();
    }
    if (value instanceof Time) {
      Class<?> type = isZoned(rs, index) ? OffsetTime.class : LocalTime.class;
      return rs.getObject(index, type).toString();
    }
    if (value instanceof TemporalAccessor) {
      return value.toString();
    }
    return rs.getString(index);
  }

  /**
   * PostgreSQL's driver returns {@code timestamptz} and {@code timetz} as the zone-less JDBC types,
   * shifted to the JVM's zone; asked for the offset type it gives the instant, so the text does not
   * depend on where the profile was learned.
   */
  static boolean isZoned(ResultSet rs, int index) throws SQLException {
    String type = rs.getMetaData().getColumnTypeName(index).toLowerCase(Locale.ROOT);
    return type.endsWith("tz") || type.contains("time zone");
  }
}
