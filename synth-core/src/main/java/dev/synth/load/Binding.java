package dev.synth.load;

import dev.synth.schema.Column;
import dev.synth.schema.TypeKind;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;

/**
 * How one column's values are passed to a {@link PreparedStatement}: the JDBC type for its kind,
 * and the few dialect quirks the generator's Java types need.
 *
 * @param column the column bound
 * @param sqlType the {@link Types} constant used for NULL and typed {@code setObject}
 * @param quirks which driver's quirks apply
 */
record Binding(Column column, int sqlType, Quirks quirks) {

  /** The dialect families whose drivers need special handling. */
  enum Quirks {
    H2,
    POSTGRES,
    MYSQL,
    OTHER
  }

  static Binding of(Column column, Quirks quirks) {
    return new Binding(column, sqlType(column.type().kind(), quirks), quirks);
  }

  void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    TypeKind kind = column.type().kind();
    if (value == null) {
      ps.setNull(index, sqlType);
    } else if (value instanceof List<?> array) {
      bindArray(ps, index, array);
    } else if (sqlType == Types.OTHER && quirks == Quirks.POSTGRES) {
      // Untyped text lets PostgreSQL cast to the column's uuid, enum, json, timetz... type.
      ps.setObject(index, value.toString(), Types.OTHER);
    } else if (kind == TypeKind.JSON && quirks == Quirks.H2 && value instanceof String json) {
      // H2 stores a String as a JSON string literal; UTF-8 bytes are parsed as JSON text.
      ps.setBytes(index, json.getBytes(StandardCharsets.UTF_8));
    } else if (value instanceof UUID uuid && quirks == Quirks.MYSQL) {
      ps.setString(index, uuid.toString());
    } else if (sqlType == Types.OTHER) {
      // Never a typed OTHER outside PostgreSQL: H2 would store a serialized Java object.
      ps.setObject(index, value);
    } else {
      ps.setObject(index, value, sqlType);
    }
  }

  private void bindArray(PreparedStatement ps, int index, List<?> array) throws SQLException {
    if (quirks == Quirks.POSTGRES) {
      // Array text lets PostgreSQL cast to the column's own element type.
      ps.setObject(index, PgArrays.literal(array), Types.OTHER);
    } else {
      ps.setObject(index, array.toArray());
    }
  }

  private static int sqlType(TypeKind kind, Quirks dialect) {
    return switch (kind) {
      case BOOLEAN -> Types.BOOLEAN;
      case TINYINT -> Types.TINYINT;
      case SMALLINT -> Types.SMALLINT;
      case INTEGER -> Types.INTEGER;
      case BIGINT -> Types.BIGINT;
      case DECIMAL -> Types.NUMERIC;
      case REAL -> Types.REAL;
      case DOUBLE -> Types.DOUBLE;
      case CHAR -> Types.CHAR;
      case VARCHAR, CLOB -> Types.VARCHAR;
      case DATE -> Types.DATE;
      case TIME -> Types.TIME;
      // pgjdbc rejects Types.TIME_WITH_TIMEZONE; PostgreSQL casts the untyped text to timetz.
      case TIME_TZ -> dialect == Quirks.POSTGRES ? Types.OTHER : Types.TIME_WITH_TIMEZONE;
      case TIMESTAMP -> Types.TIMESTAMP;
      case TIMESTAMP_TZ -> Types.TIMESTAMP_WITH_TIMEZONE;
      case BINARY, VARBINARY, BLOB -> Types.VARBINARY;
      case ENUM, JSON -> dialect == Quirks.POSTGRES ? Types.OTHER : Types.VARCHAR;
      case SET -> Types.VARCHAR;
      case UUID -> dialect == Quirks.MYSQL ? Types.VARCHAR : Types.OTHER;
      case INET -> dialect == Quirks.POSTGRES ? Types.OTHER : Types.VARCHAR;
      case ARRAY -> dialect == Quirks.POSTGRES ? Types.OTHER : Types.ARRAY;
      case INTERVAL, OTHER -> Types.OTHER;
    };
  }
}
