package dev.synth.evaluate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a quantile point, as a profile writes it, as a number on one axis per type: numbers as
 * themselves, dates and timestamps as seconds since 1970-01-01 (zoned ones by their instant), times
 * of day as seconds since midnight (zoned ones at UTC). Only the order and the gaps within one
 * column matter, and both sides of a comparison read their points the same way.
 */
final class PointValues {
  private static final double SECONDS_PER_DAY = 86_400;

  private PointValues() {}

  static double[] parse(java.util.List<String> points, String column) {
    double[] values = new double[points.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = parse(points.get(i), column);
    }
    return values;
  }

  static double parse(String text, String column) {
    try {
      return number(text);
    } catch (NumberFormatException notANumber) {
      try {
        return temporal(text);
      } catch (DateTimeParseException notATime) {
        throw new IllegalArgumentException(
            "quantile point '"
                + text
                + "' of column "
                + column
                + " is neither a number nor an ISO date or time, so it cannot be compared; check"
                + " that the column has the same type in the reference and the synthetic database",
            notATime);
      }
    }
  }

  /** PostgreSQL sorts NaN above every number, so it counts as the largest. */
  private static double number(String text) {
    if (text.equals("NaN")) {
      return Double.POSITIVE_INFINITY;
    }
    if (text.equals("Infinity") || text.equals("-Infinity")) {
      return Double.parseDouble(text);
    }
    return new BigDecimal(text).doubleValue();
  }

  private static double temporal(String text) {
    if (text.indexOf('T') >= 0) {
      return hasOffset(text.substring(text.indexOf('T')))
          ? seconds(OffsetDateTime.parse(text))
          : seconds(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC));
    }
    if (text.indexOf(':') < 0) {
      return LocalDate.parse(text).toEpochDay() * SECONDS_PER_DAY;
    }
    if (hasOffset(text)) {
      OffsetTime time = OffsetTime.parse(text);
      return time.toLocalTime().toNanoOfDay() / 1e9 - time.getOffset().getTotalSeconds();
    }
    return LocalTime.parse(text).toNanoOfDay() / 1e9;
  }

  private static boolean hasOffset(String timePart) {
    return timePart.endsWith("Z") || timePart.indexOf('+') >= 0 || timePart.indexOf('-') >= 0;
  }

  private static double seconds(OffsetDateTime t) {
    return t.toEpochSecond() + t.getNano() / 1e9;
  }
}
