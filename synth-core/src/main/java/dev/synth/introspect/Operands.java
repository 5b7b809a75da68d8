package dev.synth.introspect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.TableField;
import org.jooq.exception.DataTypeException;
import org.jooq.impl.QOM;

/**
 * Reads the operands of a parsed check: column references, {@code LENGTH(column)} and literals,
 * with literals converted to the value types of {@link dev.synth.schema.Condition}.
 *
 * <pre>{@code
 * Operands ops = new Operands(ColumnNames.of(List.of("QTY")));
 * ops.literal(DSL.inline(-5L)); // Optional[-5] as BigDecimal
 * }</pre>
 */
final class Operands {
  private final ColumnNames names;

  Operands(ColumnNames names) {
    this.names = names;
  }

  /** The table column a field refers to, if it is a plain column reference. */
  Optional<String> column(Field<?> field) {
    if (field instanceof TableField<?, ?>) {
      return names.resolve(field.getUnqualifiedName().last());
    }
    return Optional.empty();
  }

  /** The column whose character or octet length a field computes. */
  Optional<String> lengthOf(Field<?> field) {
    if (field instanceof QOM.CharLength length) {
      return column(length.$string());
    }
    if (field instanceof QOM.OctetLength length) {
      return column(length.$string());
    }
    return Optional.empty();
  }

  /** The constant a field denotes: a literal, a negated number or a literal cast to a type. */
  Optional<Object> literal(Field<?> field) {
    return raw(field).flatMap(Operands::normalise);
  }

  /** An integral constant, as compared with a length. */
  Optional<Integer> integer(Field<?> field) {
    return literal(field)
        .filter(BigDecimal.class::isInstance)
        .flatMap(v -> exactInt((BigDecimal) v));
  }

  private static Optional<Object> raw(Field<?> field) {
    if (field instanceof Param<?> param) {
      return Optional.ofNullable(param.getValue());
    }
    if (field instanceof QOM.Neg<?> neg) {
      return raw(neg.$arg1())
          .flatMap(Operands::normalise)
          .filter(BigDecimal.class::isInstance)
          .map(v -> ((BigDecimal) v).negate());
    }
    if (field instanceof QOM.Cast<?> cast) {
      return raw(cast.$field()).flatMap(v -> converted(cast, v));
    }
    return Optional.empty();
  }

  private static Optional<Object> converted(QOM.Cast<?> cast, Object value) {
    try {
      return Optional.ofNullable(cast.getDataType().convert(value));
    } catch (DataTypeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Object> normalise(Object value) {
    if (value instanceof BigDecimal || value instanceof String || value instanceof Boolean) {
      return Optional.of(value);
    }
    if (value instanceof BigInteger big) {
      return Optional.of(new BigDecimal(big));
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      // Through the decimal text so that 0.1 stays 0.1 rather than its binary expansion.
      return Double.isFinite(d) ? Optional.of(new BigDecimal(value.toString())) : Optional.empty();
    }
    return temporal(value);
  }

  private static Optional<Object> temporal(Object value) {
    if (value instanceof java.sql.Date date) {
      return Optional.of(date.toLocalDate());
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return Optional.of(timestamp.toLocalDateTime());
    }
    if (value instanceof java.sql.Time time) {
      return Optional.of(time.toLocalTime());
    }
    if (value instanceof LocalDate
        || value instanceof LocalDateTime
        || value instanceof LocalTime) {
      return Optional.of(value);
    }
    return Optional.empty();
  }

  private static Optional<Integer> exactInt(BigDecimal value) {
    try {
      return Optional.of(value.intValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }
}
