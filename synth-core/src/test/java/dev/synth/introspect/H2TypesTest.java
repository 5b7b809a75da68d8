package dev.synth.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.synth.schema.Column;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every data type of H2 2.x, as H2 itself reports it, lands on the expected kind. */
class H2TypesTest {

  @Test
  void mapsEveryH2TypeToAKind() throws SQLException {
    Table table = readTableWithEveryType();
    Map<String, TypeKind> kinds = new LinkedHashMap<>();
    for (Column column : table.columns()) {
      kinds.put(column.name(), column.type().kind());
    }

    assertThat(kinds)
        .containsExactly(
            entry("C_TINYINT", TypeKind.TINYINT),
            entry("C_SMALLINT", TypeKind.SMALLINT),
            entry("C_INTEGER", TypeKind.INTEGER),
            entry("C_BIGINT", TypeKind.BIGINT),
            entry("C_NUMERIC", TypeKind.DECIMAL),
            entry("C_DECFLOAT", TypeKind.DECIMAL),
            entry("C_REAL", TypeKind.REAL),
            entry("C_DOUBLE", TypeKind.DOUBLE),
            entry("C_FLOAT", TypeKind.DOUBLE),
            entry("C_BOOLEAN", TypeKind.BOOLEAN),
            entry("C_CHAR", TypeKind.CHAR),
            entry("C_VARCHAR", TypeKind.VARCHAR),
            entry("C_IGNORECASE", TypeKind.VARCHAR),
            entry("C_CLOB", TypeKind.CLOB),
            entry("C_BINARY", TypeKind.BINARY),
            entry("C_VARBINARY", TypeKind.VARBINARY),
            entry("C_BLOB", TypeKind.BLOB),
            entry("C_DATE", TypeKind.DATE),
            entry("C_TIME", TypeKind.TIME),
            entry("C_TIME_TZ", TypeKind.TIME_TZ),
            entry("C_TIMESTAMP", TypeKind.TIMESTAMP),
            entry("C_TIMESTAMP_TZ", TypeKind.TIMESTAMP_TZ),
            entry("C_UUID", TypeKind.UUID),
            entry("C_ENUM", TypeKind.ENUM),
            entry("C_JSON", TypeKind.JSON),
            entry("C_INTERVAL_YEAR", TypeKind.INTERVAL),
            entry("C_INTERVAL_DS", TypeKind.INTERVAL),
            entry("C_ARRAY", TypeKind.ARRAY),
            entry("C_JAVA_OBJECT", TypeKind.OTHER),
            entry("C_GEOMETRY", TypeKind.OTHER),
            entry("C_ROW", TypeKind.OTHER));
  }

  @Test
  void keepsLengthsPrecisionsAndEnumLiterals() throws SQLException {
    Table table = readTableWithEveryType();

    assertThat(table.column("C_CHAR").orElseThrow().type().length()).isEqualTo(3);
    assertThat(table.column("C_BINARY").orElseThrow().type().length()).isEqualTo(16);
    assertThat(table.column("C_VARBINARY").orElseThrow().type().length()).isEqualTo(10);
    assertThat(table.column("C_IGNORECASE").orElseThrow().type().length()).isEqualTo(10);
    assertThat(table.column("C_TIMESTAMP").orElseThrow().type().precision()).isEqualTo(3);
    assertThat(table.column("C_DECFLOAT").orElseThrow().type().precision()).isZero();
    assertThat(table.column("C_ENUM").orElseThrow().type().enumValues())
        .containsExactly("LOW", "HIGH");
  }

  private static Table readTableWithEveryType() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE every_type (c_tinyint TINYINT, c_smallint SMALLINT, c_integer INTEGER,"
              + " c_bigint BIGINT, c_numeric NUMERIC(12, 3), c_decfloat DECFLOAT, c_real REAL,"
              + " c_double DOUBLE PRECISION, c_float FLOAT, c_boolean BOOLEAN, c_char CHAR(3),"
              + " c_varchar VARCHAR(10), c_ignorecase VARCHAR_IGNORECASE(10), c_clob CLOB,"
              + " c_binary BINARY(16), c_varbinary VARBINARY(10), c_blob BLOB, c_date DATE,"
              + " c_time TIME, c_time_tz TIME WITH TIME ZONE, c_timestamp TIMESTAMP(3),"
              + " c_timestamp_tz TIMESTAMP WITH TIME ZONE, c_uuid UUID,"
              + " c_enum ENUM('LOW', 'HIGH'), c_json JSON, c_interval_year INTERVAL YEAR,"
              + " c_interval_ds INTERVAL DAY TO SECOND, c_array INTEGER ARRAY,"
              + " c_java_object JAVA_OBJECT, c_geometry GEOMETRY, c_row ROW(a INT))");
      return SchemaReader.read(c, "PUBLIC").table("EVERY_TYPE").orElseThrow();
    }
  }
}
