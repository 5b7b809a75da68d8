package dev.synth.learn;

import dev.synth.schema.ColumnType;
import dev.synth.schema.TypeKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A value's place on a number line, for the {@link QuantileGrid}, and back: numbers as themselves,
 * dates as days since 1970-01-01, timestamps as seconds since then (UTC for zoned ones), times as
 * seconds of the day. Reads and writes the text {@link ValueText} gives.
 *
 * <pre>{@code
 * ValuePosition.of("2024-01-02", TypeKind.DATE);                   // 19724.0
 * ValuePosition.text(19724.5, ColumnType.of(TypeKind.DATE));       // "2024-01-02"
 * }</pre>
 */
final class ValuePosition {
  private static final MathContext FLOAT_DIGITS = new MathContext(7);

  private ValuePosition() {}

  /** The position of {@code text}; NaN when it has none (NaN, infinities, unparsable text). */
  static double of(String text, TypeKind kind) {
    try {
      return switch (kind) {
        case DATE -> LocalDate.parse(text).toEpochDay();
        case TIMESTAMP -> seconds(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        case TIMESTAMP_TZ -> seconds(OffsetDateTime.parse(text).toInstant());
        case TIME -> LocalTime.parse(text).toNanoOfDay() / 1e9;
        default -> finite(Double.parseDouble(text));
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static double seconds(Instant instant) {
    return instant.getEpochSecond() + instant.getNano() / 1e9;
  }

  private static double finite(double d) {
    return Double.isFinite(d) ? d : Double.NaN;
  }

  /** The text of the value at {@code position} in a column of {@code type}. */
  static String text(double position, ColumnType type) {
    long whole = (long) Math.floor(position);
    return switch (type.kind()) {
      case DATE -> LocalDate.ofEpochDay(whole).toString();
      case TIMESTAMP -> LocalDateTime.ofEpochSecond(whole, 0, ZoneOffset.UTC).toString();
      case TIMESTAMP_TZ ->
          OffsetDateTime.ofInstant(Instant.ofEpochSecond(whole), ZoneOffset.UTC).toString();
      case TIME -> LocalTime.ofSecondOfDay(Math.floorMod(whole, 86_400L)).toString();
      case DECIMAL ->
          BigDecimal.valueOf(position).setScale(type.scale(), RoundingMode.HALF_UP).toPlainString();
      case REAL, DOUBLE ->
          new BigDecimal(position).round(FLOAT_DIGITS).stripTrailingZeros().toPlainString();
      default -> Long.toString(Math.round(position));
    };
  }
}
