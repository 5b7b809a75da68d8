package dev.synth.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.introspect.ColumnTypes.Family;
import dev.synth.schema.ColumnType;
import dev.synth.schema.TypeKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypesTest {

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource({
    "H2, TINYINT, TINYINT",
    "H2, SMALLINT, SMALLINT",
    "H2, INTEGER, INTEGER",
    "H2, BIGINT, BIGINT",
    "H2, NUMERIC, DECIMAL",
    "H2, DECFLOAT, DECIMAL",
    "H2, REAL, REAL",
    "H2, DOUBLE PRECISION, DOUBLE",
    "H2, BOOLEAN, BOOLEAN",
    "H2, CHARACTER, CHAR",
    "H2, CHARACTER VARYING, VARCHAR",
    "H2, VARCHAR_IGNORECASE, VARCHAR",
    "H2, CHARACTER LARGE OBJECT, CLOB",
    "H2, BINARY, BINARY",
    "H2, BINARY VARYING, VARBINARY",
    "H2, BINARY LARGE OBJECT, BLOB",
    "H2, DATE, DATE",
    "H2, TIME, TIME",
    "H2, TIME WITH TIME ZONE, TIME_TZ",
    "H2, TIMESTAMP, TIMESTAMP",
    "H2, TIMESTAMP WITH TIME ZONE, TIMESTAMP_TZ",
    "H2, UUID, UUID",
    "H2, JSON, JSON",
    "H2, INTERVAL DAY TO SECOND, INTERVAL",
    "H2, INTERVAL YEAR, INTERVAL",
    "H2, INTEGER ARRAY, ARRAY",
    "POSTGRES, int4 ARRAY, ARRAY",
    "POSTGRES, _text, ARRAY",
    "POSTGRES, inet, INET",
    "POSTGRES, cidr, INET",
    "H2, GEOMETRY, OTHER",
    "H2, JAVA_OBJECT, OTHER",
    "H2, ROW, OTHER",
    "POSTGRES, int4, INTEGER",
    "POSTGRES, int8, BIGINT",
    "POSTGRES, int2, SMALLINT",
    "POSTGRES, serial, INTEGER",
    "POSTGRES, bigserial, BIGINT",
    "POSTGRES, text, VARCHAR",
    "POSTGRES, bytea, VARBINARY",
    "POSTGRES, timestamptz, TIMESTAMP_TZ",
    "POSTGRES, timestamp(6) with time zone, TIMESTAMP_TZ",
    "POSTGRES, timestamp without time zone, TIMESTAMP",
    "POSTGRES, numeric, DECIMAL",
    "POSTGRES, bool, BOOLEAN",
    "POSTGRES, bpchar, CHAR",
    "POSTGRES, float8, DOUBLE",
    "POSTGRES, float, DOUBLE",
    "POSTGRES, jsonb, JSON",
    "POSTGRES, _int4, ARRAY",
    "MYSQL, tinyint(1), BOOLEAN",
    "MYSQL, tinyint, TINYINT",
    "MYSQL, tinyint unsigned, SMALLINT",
    "MYSQL, int unsigned, BIGINT",
    "MYSQL, bigint unsigned, BIGINT",
    "MYSQL, bigint(20) unsigned zerofill, BIGINT",
    "MYSQL, tinyint(3) unsigned, SMALLINT",
    "MYSQL, bit(5), BIGINT",
    "MYSQL, float, REAL",
    "MYSQL, text, CLOB",
    "MYSQL, longtext, CLOB",
    "MYSQL, datetime, TIMESTAMP",
    "MYSQL, mediumblob, BLOB",
    "MYSQL, enum, ENUM",
  })
  void mapsTypeNamesToKinds(Family family, String sqlName, TypeKind kind) {
    assertThat(ColumnTypes.kind(family, sqlName)).isEqualTo(kind);
  }

  @Test
  void aMysqlSetKeepsItsMembersEvenWithParenthesesInThem() {
    ColumnType set =
        ColumnTypes.of(
            Family.MYSQL, "set('a','b (c)')", 9, 0, 0, QuotedList.members("set('a','b (c)')"));
    assertThat(set.kind()).isEqualTo(TypeKind.SET);
    assertThat(set.enumValues()).containsExactly("a", "b (c)");
  }

  @Test
  void aMysqlQuotedListUndoublesItsQuotes() {
    assertThat(QuotedList.members("enum('it''s','x,y')")).containsExactly("it's", "x,y");
  }

  @Test
  void tinyintOfWidthOneIsOnlyBooleanOnMysqlAndMariaDb() {
    assertThat(ColumnTypes.kind(Family.H2, "tinyint(1)")).isEqualTo(TypeKind.TINYINT);
  }

  @Test
  void keepsTheLimitsThatMatterForTheKind() {
    assertThat(ColumnTypes.of(Family.H2, "NUMERIC", 0, 10, 2, List.of()))
        .isEqualTo(new ColumnType(TypeKind.DECIMAL, "NUMERIC", 0, 10, 2, List.of()));
    assertThat(ColumnTypes.of(Family.H2, "CHARACTER VARYING", 20, 0, 0, List.of()))
        .isEqualTo(new ColumnType(TypeKind.VARCHAR, "CHARACTER VARYING", 20, 0, 0, List.of()));
    assertThat(ColumnTypes.of(Family.H2, "INTEGER", 0, 32, 0, List.of()))
        .isEqualTo(new ColumnType(TypeKind.INTEGER, "INTEGER", 0, 0, 0, List.of()));
    assertThat(ColumnTypes.of(Family.H2, "TIMESTAMP", 0, 3, 0, List.of()).precision()).isEqualTo(3);
  }

  @Test
  void treatsUnknownLengthsAndH2sMaximumPrecisionAsUnspecified() {
    assertThat(ColumnTypes.of(Family.H2, "CHARACTER LARGE OBJECT", -1, 0, 0, List.of()).length())
        .isZero();
    assertThat(ColumnTypes.of(Family.H2, "DECFLOAT", 0, 100_000, 0, List.of()).precision())
        .isZero();
  }

  @Test
  void anyTypeWithLiteralsIsAnEnumAndAnEnumWithoutLiteralsIsOther() {
    assertThat(ColumnTypes.of(Family.POSTGRES, "mood", 0, 0, 0, List.of("sad", "ok")))
        .isEqualTo(new ColumnType(TypeKind.ENUM, "mood", 0, 0, 0, List.of("sad", "ok")));
    assertThat(ColumnTypes.of(Family.H2, "ENUM", 0, 0, 0, List.of()).kind())
        .isEqualTo(TypeKind.OTHER);
  }
}
