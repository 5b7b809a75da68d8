package dev.synth.load;

import static dev.synth.load.Models.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.LoadException;
import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import dev.synth.schema.UniqueKey;
import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WritersTest {

  private static final Table ALL_TYPES =
      Models.table(
          "ALL_TYPES",
          List.of(
              column("B", TypeKind.BOOLEAN),
              column("I", TypeKind.INTEGER),
              column("L", TypeKind.BIGINT),
              column("D", TypeKind.DECIMAL),
              column("F", TypeKind.REAL),
              column("DB", TypeKind.DOUBLE),
              column("S", TypeKind.VARCHAR),
              column("DT", TypeKind.DATE),
              column("T", TypeKind.TIME),
              column("TZ", TypeKind.TIME_TZ),
              column("TS", TypeKind.TIMESTAMP),
              column("TSZ", TypeKind.TIMESTAMP_TZ),
              column("U", TypeKind.UUID),
              column("BIN", TypeKind.VARBINARY),
              new Column(
                  "E",
                  new ColumnType(TypeKind.ENUM, "ENUM", 0, 0, 0, List.of("NEW", "PAID")),
                  true,
                  false,
                  null),
              column("J", TypeKind.JSON)));

  private static final String ALL_TYPES_DDL =
      "create table all_types(b boolean, i int, l bigint,"
          + " d decimal(12,2), f real, db double precision, s varchar(50), dt date, t time(3),"
          + " tz time(3) with time zone, ts timestamp(6), tsz timestamp(6) with time zone, u uuid,"
          + " bin varbinary(16), e enum('NEW','PAID'), j json)";

  @Test
  void everyGeneratedJavaTypeIsWrittenAndReadBackEqual() throws SQLException {
    Object[] row = {
      true,
      42,
      9_000_000_000L,
      new BigDecimal("1234.56"),
      1.5f,
      2.25d,
      "héllo",
      LocalDate.of(2024, 2, 29),
      LocalTime.of(13, 14, 15, 123_000_000),
      OffsetTime.of(10, 0, 0, 0, ZoneOffset.ofHours(2)),
      LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000),
      OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(-5)),
      UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
      new byte[] {1, 2, 3},
      "PAID",
      "{\"a\":1}"
    };
    try (H2Database db = new H2Database()) {
      db.execute(ALL_TYPES_DDL);
      try (RowWriter w =
          Writers.batchInsert(db.connection, ALL_TYPES, ALL_TYPES.columnNames(), 10)) {
        w.write(row);
        w.write(new Object[row.length]);
      }
      assertThat(readBack(db, "select * from all_types where b")).containsExactly(row);
      assertThat(readBack(db, "select * from all_types where b is null")).containsOnlyNulls();
    }
  }

  @Test
  void jsonTextIsStoredAsJsonNotAsAJsonString() throws SQLException {
    try (H2Database db = new H2Database()) {
      db.execute(ALL_TYPES_DDL);
      try (RowWriter w = Writers.batchInsert(db.connection, ALL_TYPES, List.of("J"), 10)) {
        w.write(new Object[] {"{\"a\":1}"});
      }
      assertThat(db.single("select json_object('k': j) from all_types"))
          .isEqualTo("{\"k\":{\"a\":1}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void tenThousandRowsAreSentInBatchesOfAThousand() throws SQLException {
    Table t =
        Models.table("T", List.of(column("ID", TypeKind.BIGINT), column("NAME", TypeKind.VARCHAR)));
    try (H2Database db = new H2Database()) {
      db.execute("create table t(id bigint primary key, name varchar(20))");
      RowWriter w = Writers.batchInsert(db.connection, t, List.of("ID", "NAME"), 1000);
      for (long i = 1; i <= 10_000; i++) {
        w.write(new Object[] {i, "n" + i});
        if (i == 1500) {
          assertThat(w.written()).isEqualTo(1000);
        }
      }
      w.close();
      assertThat(w.written()).isEqualTo(10_000);
      assertThat(db.count("t")).isEqualTo(10_000);
      assertThat(db.single("select sum(id) from t")).isEqualTo(new BigDecimal(50_005_000));
    }
  }

  @Test
  void aUniqueViolationMidBatchNamesTableConstraintColumnAndRowAndRollsBack() throws SQLException {
    Table t =
        Models.table(
            "CUSTOMER",
            List.of(column("ID", TypeKind.BIGINT), column("EMAIL", TypeKind.VARCHAR)),
            new UniqueKey("PK_CUSTOMER", List.of("ID"), true, null),
            List.of(new UniqueKey("UQ_CUSTOMER_EMAIL", List.of("EMAIL"), false, null)),
            List.of());
    try (H2Database db = new H2Database()) {
      db.execute(
          "create table customer(id bigint constraint pk_customer primary key,"
              + " email varchar(50) constraint uq_customer_email unique)");
      db.execute("insert into customer values (0, 'existing@example.com')");
      db.connection.commit();
      RowWriter w = Writers.batchInsert(db.connection, t, List.of("ID", "EMAIL"), 100);
      for (long i = 1; i <= 150; i++) {
        w.write(new Object[] {i, i == 120 ? "u7@example.com" : "u" + i + "@example.com"});
      }
      assertThatThrownBy(w::close)
          .isInstanceOf(LoadException.class)
          .hasMessageContaining("table PUBLIC.CUSTOMER")
          .hasMessageContaining("unique key UQ_CUSTOMER_EMAIL [EMAIL]")
          .hasMessageContaining("at row 120")
          .hasMessageContaining("'u7@example.com'")
          .hasMessageContaining("23505")
          .cause()
          .isInstanceOf(BatchUpdateException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("23505");
      db.connection.rollback();
      assertThat(db.column("select email from customer")).containsExactly("existing@example.com");
    }
  }

  @Test
  void aFailedBatchIsNotSentAgainWhenTheWriterCloses() throws SQLException {
    Table t = Models.table("T", List.of(column("ID", TypeKind.INTEGER)));
    try (H2Database db = new H2Database()) {
      db.execute("create table t(id int primary key)");
      RowWriter w = Writers.batchInsert(db.connection, t, List.of("ID"), 2);
      w.write(new Object[] {1});
      assertThatThrownBy(() -> w.write(new Object[] {1})).isInstanceOf(LoadException.class);

      w.close();

      assertThat(w.written()).isZero();
      assertThatThrownBy(() -> w.write(new Object[] {3}))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("failed");
    }
  }

  @Test
  void notNullForeignKeyAndCheckViolationsNameTheirColumnsAndConstraints() throws SQLException {
    Table child =
        new Table(
            new QualifiedName("PUBLIC", "CHILD"),
            List.of(
                column("ID", TypeKind.INTEGER),
                column("PARENT_ID", TypeKind.INTEGER),
                column("QTY", TypeKind.INTEGER)),
            null,
            List.of(),
            List.of(
                new ForeignKey(
                    "FK_CHILD_PARENT",
                    List.of("PARENT_ID"),
                    new QualifiedName("PUBLIC", "PARENT"),
                    List.of("ID"),
                    false)),
            List.of());
    try (H2Database db = new H2Database()) {
      db.execute("create table parent(id int primary key)");
      db.execute(
          "create table child(id int not null, parent_id int constraint fk_child_parent"
              + " references parent(id), qty int constraint ck_qty check (qty > 0))");
      assertThatThrownBy(() -> insertOne(db, child, new Object[] {null, null, 1}))
          .hasMessageContaining("NOT NULL constraint [ID]")
          .hasMessageContaining("at row 1");
      assertThatThrownBy(() -> insertOne(db, child, new Object[] {1, 99, 1}))
          .hasMessageContaining("foreign key FK_CHILD_PARENT [PARENT_ID]")
          .hasMessageContaining("(PARENT_ID)=(99)");
      assertThatThrownBy(() -> insertOne(db, child, new Object[] {1, null, -1}))
          .hasMessageContaining("check constraint CK_QTY");
    }
  }

  @Test
  void batchUpdateSetsCycleBreakingKeysAfterInsert() throws SQLException {
    Table t =
        Models.table(
            "EMPLOYEE",
            List.of(column("ID", TypeKind.INTEGER), column("BOSS_ID", TypeKind.INTEGER)));
    try (H2Database db = new H2Database()) {
      db.execute("create table employee(id int primary key, boss_id int references employee(id))");
      try (RowWriter w = Writers.batchInsert(db.connection, t, List.of("ID", "BOSS_ID"), 2)) {
        for (int i = 1; i <= 5; i++) {
          w.write(new Object[] {i, null});
        }
      }
      RowWriter w = Writers.batchUpdate(db.connection, t, List.of("ID"), List.of("BOSS_ID"), 2);
      for (int i = 2; i <= 5; i++) {
        w.write(new Object[] {i - 1, i});
      }
      w.close();
      assertThat(w.written()).isEqualTo(4);
      assertThat(db.column("select boss_id from employee order by id"))
          .containsExactly(null, 1, 2, 3, 4);
    }
  }

  @Test
  void rowsOfTheWrongWidthAreRefusedWithTheExpectedCount() throws SQLException {
    Table t = Models.table("T", List.of(column("ID", TypeKind.INTEGER)));
    try (H2Database db = new H2Database()) {
      db.execute("create table t(id int)");
      try (RowWriter w = Writers.batchInsert(db.connection, t, List.of("ID"), 10)) {
        assertThatThrownBy(() -> w.write(new Object[] {1, 2}))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("row for table PUBLIC.T must have 1 values but had 2");
      }
    }
  }

  private static void insertOne(H2Database db, Table t, Object[] row) {
    try (RowWriter w = Writers.batchInsert(db.connection, t, t.columnNames(), 10)) {
      w.write(row);
    }
  }

  private static List<Object> readBack(H2Database db, String sql) throws SQLException {
    List<Object> values = new ArrayList<>();
    try (PreparedStatement ps = db.connection.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).isTrue();
      Class<?>[] types = {
        Boolean.class,
        Integer.class,
        Long.class,
        BigDecimal.class,
        Float.class,
        Double.class,
        String.class,
        LocalDate.class,
        LocalTime.class,
        OffsetTime.class,
        LocalDateTime.class,
        OffsetDateTime.class,
        UUID.class,
        byte[].class,
        String.class,
        String.class
      };
      for (int i = 0; i < types.length; i++) {
        Object value = rs.getObject(i + 1, types[i]);
        values.add(i == types.length - 1 && value != null ? value.toString() : value);
      }
    }
    return values;
  }
}
