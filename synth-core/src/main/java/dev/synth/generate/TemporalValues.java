package dev.synth.generate;

import dev.synth.schema.TypeKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/**
 * Temporal values as the Java type of a column kind, and as whole units on a line (epoch days for
 * DATE, seconds for the others) so ranges and uniqueness work on longs. Offsets are UTC.
 */
final class TemporalValues {
  private TemporalValues() {}

  static Temporal convert(TypeKind kind, Object value) {
    Object v = value instanceof String s ? parse(s.trim()) : value;
    if (v instanceof Instant i) {
      v = i.atOffset(ZoneOffset.UTC);
    }
    return switch (kind) {
      case DATE -> toDateTime(v).toLocalDate();
      case TIME -> toTime(v).toLocalTime();
      case TIME_TZ -> toTime(v);
      case TIMESTAMP -> toDateTime(v).toLocalDateTime();
      case TIMESTAMP_TZ -> toDateTime(v);
      default -> throw new IllegalArgumentException(kind + " is not temporal");
    };
  }

  /** The value's position in units, rounded down. */
  static long floorUnits(TypeKind kind, Temporal t) {
    return switch (kind) {
      case DATE -> ((LocalDate) t).toEpochDay();
      case TIME -> ((LocalTime) t).toSecondOfDay();
      case TIME_TZ ->
          ((OffsetTime) t).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime().toSecondOfDay();
      case TIMESTAMP -> ((LocalDateTime) t).toEpochSecond(ZoneOffset.UTC);
      default -> ((OffsetDateTime) t).toEpochSecond();
    };
  }

  /** Whether the value lies strictly after {@link #floorUnits}. */
  static boolean hasFraction(TypeKind kind, Temporal t) {
    return kind != TypeKind.DATE && t.get(java.time.temporal.ChronoField.NANO_OF_SECOND) != 0;
  }

  static Temporal fromUnits(TypeKind kind, long units) {
    return switch (kind) {
      case DATE -> LocalDate.ofEpochDay(units);
      case TIME -> LocalTime.ofSecondOfDay(units);
      case TIME_TZ -> OffsetTime.of(LocalTime.ofSecondOfDay(units), ZoneOffset.UTC);
      case TIMESTAMP -> LocalDateTime.ofEpochSecond(units, 0, ZoneOffset.UTC);
      default ->
          OffsetDateTime.of(LocalDateTime.ofEpochSecond(units, 0, ZoneOffset.UTC), ZoneOffset.UTC);
    };
  }

  /** Units per day: 1 for DATE, 86,400 for the second-based kinds. */
  static long unitsPerDay(TypeKind kind) {
    return kind == TypeKind.DATE ? 1 : 86_400;
  }

  private static Object parse(String s) {
    String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.replaceFirst(" ", "T") : s;
    if (iso.length() == 10 && iso.charAt(4) == '-') {
      return LocalDate.parse(iso);
    }
    if (iso.length() > 10 && iso.charAt(10) == 'T') {
      return hasOffset(iso.substring(10)) ? OffsetDateTime.parse(iso) : LocalDateTime.parse(iso);
    }
    return hasOffset(iso) ? OffsetTime.parse(iso) : LocalTime.parse(iso);
  }

  private static boolean hasOffset(String timePart) {
    return timePart.endsWith("Z") || timePart.indexOf('+') > 0 || timePart.lastIndexOf('-') > 0;
  }

  private static OffsetDateTime toDateTime(Object v) {
    if (v instanceof OffsetDateTime o) {
      return o;
    }
    if (v instanceof LocalDateTime l) {
      return l.atOffset(ZoneOffset.UTC);
    }
    if (v instanceof LocalDate d) {
      return d.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
    throw new java.time.DateTimeException("not a date or timestamp: " + v);
  }

  private static OffsetTime toTime(Object v) {
    if (v instanceof OffsetTime o) {
      return o;
    }
    if (v instanceof LocalTime l) {
      return l.atOffset(ZoneOffset.UTC);
    }
    if (v instanceof LocalDateTime || v instanceof OffsetDateTime) {
      return toDateTime(v).toOffsetTime();
    }
    throw new java.time.DateTimeException("not a time: " + v);
  }
}
