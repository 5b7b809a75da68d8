package dev.synth.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.schema.Check;
import dev.synth.schema.Column;
import dev.synth.schema.ColumnType;
import dev.synth.schema.Condition;
import dev.synth.schema.Condition.Op;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.QualifiedName;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import dev.synth.schema.UniqueKey;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads a realistic shop schema (src/test/resources/introspect/shop.sql) from in-memory H2. */
class SchemaReaderTest {
  private static final String URL = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private static Connection connection;
  private static Schema schema;

  @BeforeAll
  static void createAndReadTheShopSchema() throws SQLException, IOException {
    connection = DriverManager.getConnection(URL);
    try (InputStream in = SchemaReaderTest.class.getResourceAsStream("/introspect/shop.sql");
        Statement statement = connection.createStatement()) {
      for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
    long start = System.nanoTime();
    schema = SchemaReader.read(connection, null);
    long cold = System.nanoTime() - start;
    long warm = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      start = System.nanoTime();
      SchemaReader.read(connection, "PUBLIC");
      warm = Math.min(warm, System.nanoTime() - start);
    }
    System.out.printf(
        "SchemaReader.read on %d tables: %d ms first read in this JVM, %d ms warm (best of 5)%n",
        schema.tables().size(), cold / 1_000_000, warm / 1_000_000);
  }

  @AfterAll
  static void dropTheDatabase() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP ALL OBJECTS");
    }
    connection.close();
  }

  private static Table table(String name) {
    return schema.table(new QualifiedName("PUBLIC", name));
  }

  private static ColumnType type(
      TypeKind kind, String sqlName, int length, int precision, int scale) {
    return new ColumnType(kind, sqlName, length, precision, scale, List.of());
  }

  @Test
  void readsEveryBaseTableOfTheCurrentSchemaButNotTheView() {
    assertThat(schema.tableNames())
        .containsExactlyInAnyOrder(
            "CATEGORY",
            "CUSTOMER",
            "DEPARTMENT",
            "EMPLOYEE",
            "INVOICE",
            "ORDER_LINE",
            "ORDERS",
            "PRODUCT",
            "SHIPMENT")
        .doesNotContain("CUSTOMER_ORDERS");
  }

  @Test
  void readsColumnsInOrderWithTypesNullabilityIdentityAndDefaults() {
    assertThat(table("CUSTOMER").columns())
        .containsExactly(
            new Column("ID", type(TypeKind.BIGINT, "BIGINT", 0, 0, 0), false, true, null),
            new Column(
                "EMAIL",
                type(TypeKind.VARCHAR, "CHARACTER VARYING", 120, 0, 0),
                false,
                false,
                null),
            new Column("COUNTRY", type(TypeKind.CHAR, "CHARACTER", 3, 0, 0), false, false, "'USA'"),
            new Column(
                "STATUS",
                new ColumnType(TypeKind.ENUM, "ENUM", 0, 0, 0, List.of("NEW", "ACTIVE", "BLOCKED")),
                false,
                false,
                "'NEW'"),
            new Column("VIP", type(TypeKind.BOOLEAN, "BOOLEAN", 0, 0, 0), true, false, "FALSE"),
            new Column(
                "CREATED_AT",
                type(TypeKind.TIMESTAMP_TZ, "TIMESTAMP WITH TIME ZONE", 0, 6, 0),
                true,
                false,
                null),
            new Column("EXTERNAL_ID", type(TypeKind.UUID, "UUID", 0, 0, 0), true, false, null));
  }

  @Test
  void readsAutoIncrementDecimalLobAndDomainColumns() {
    assertThat(table("PRODUCT").columns())
        .containsExactly(
            new Column("ID", type(TypeKind.INTEGER, "INTEGER", 0, 0, 0), false, true, null),
            new Column(
                "SKU", type(TypeKind.VARCHAR, "CHARACTER VARYING", 20, 0, 0), false, false, null),
            new Column("PRICE", type(TypeKind.DECIMAL, "NUMERIC", 0, 10, 2), false, false, null),
            new Column("STOCK", type(TypeKind.INTEGER, "INTEGER", 0, 0, 0), true, false, null),
            new Column(
                "DESCRIPTION",
                type(TypeKind.CLOB, "CHARACTER LARGE OBJECT", 0, 0, 0),
                true,
                false,
                null),
            new Column(
                "PHOTO", type(TypeKind.BLOB, "BINARY LARGE OBJECT", 0, 0, 0), true, false, null));
  }

  @Test
  void treatsAColumnFilledFromASequenceByDefaultAsGenerated() {
    Column no = table("INVOICE").column("NO").orElseThrow();

    assertThat(no.identity()).isTrue();
    assertThat(no.defaultValue()).containsIgnoringCase("NEXT VALUE FOR").contains("INVOICE_SEQ");
  }

  @Test
  void marksAComputedColumnSoThatNobodyWritesIt() {
    assertThat(table("ORDER_LINE").column("A_PLUS_B").orElseThrow())
        .isEqualTo(
            new Column(
                "A_PLUS_B", type(TypeKind.INTEGER, "INTEGER", 0, 0, 0), true, false, null, true));
    assertThat(table("ORDER_LINE").column("QTY").orElseThrow().computed()).isFalse();
  }

  @Test
  void readsAVarcharWithoutLengthAsUnbounded() {
    assertThat(table("CATEGORY").column("NAME").orElseThrow().type())
        .isEqualTo(type(TypeKind.VARCHAR, "CHARACTER VARYING", 0, 0, 0));
  }

  @Test
  void readsSingleAndCompositePrimaryKeys() {
    assertThat(table("PRODUCT").primaryKey())
        .isEqualTo(new UniqueKey("PK_PRODUCT", List.of("ID"), true, null));
    assertThat(table("ORDER_LINE").primaryKey())
        .isEqualTo(new UniqueKey("PK_ORDER_LINE", List.of("ORDER_ID", "LINE_NO"), true, null));
  }

  @Test
  void readsUniqueConstraintsAndDropsAnIndexThatRepeatsOne() {
    assertThat(table("CUSTOMER").uniqueKeys())
        .containsExactly(new UniqueKey("UQ_CUSTOMER_EMAIL", List.of("EMAIL"), false, null));
  }

  @Test
  void readsUniqueIndexesAsUniqueKeys() {
    assertThat(table("PRODUCT").uniqueKeys())
        .containsExactly(new UniqueKey("UX_PRODUCT_SKU", List.of("SKU"), false, null));
    assertThat(table("SHIPMENT").uniqueKeys())
        .containsExactly(
            new UniqueKey("UX_SHIPMENT_LINE", List.of("LINE_NO", "ORDER_ID"), false, null));
  }

  @Test
  void readsForeignKeysToPrimaryKeysAndToOtherUniqueKeys() {
    assertThat(table("ORDER_LINE").foreignKeys())
        .containsExactlyInAnyOrder(
            new ForeignKey(
                "FK_LINE_ORDER",
                List.of("ORDER_ID"),
                new QualifiedName("PUBLIC", "ORDERS"),
                List.of("ID"),
                false),
            new ForeignKey(
                "FK_LINE_PRODUCT",
                List.of("PRODUCT_ID"),
                new QualifiedName("PUBLIC", "PRODUCT"),
                List.of("ID"),
                false));
    assertThat(table("ORDERS").foreignKeys())
        .containsExactly(
            new ForeignKey(
                "FK_ORDERS_CUSTOMER",
                List.of("CUSTOMER_EMAIL"),
                new QualifiedName("PUBLIC", "CUSTOMER"),
                List.of("EMAIL"),
                false));
  }

  @Test
  void readsACompositeForeignKeyWithItsColumnsPaired() {
    assertThat(table("SHIPMENT").foreignKeys())
        .containsExactly(
            new ForeignKey(
                "FK_SHIPMENT_LINE",
                List.of("ORDER_ID", "LINE_NO"),
                new QualifiedName("PUBLIC", "ORDER_LINE"),
                List.of("ORDER_ID", "LINE_NO"),
                false));
  }

  @Test
  void readsASelfReference() {
    assertThat(table("CATEGORY").foreignKeys())
        .containsExactly(
            new ForeignKey(
                "FK_CATEGORY_PARENT",
                List.of("PARENT_ID"),
                new QualifiedName("PUBLIC", "CATEGORY"),
                List.of("ID"),
                false));
  }

  @Test
  void readsBothForeignKeysOfACycleWithTheNullableOneAddedLater() {
    ForeignKey manager = table("DEPARTMENT").foreignKeys().get(0);
    ForeignKey department = table("EMPLOYEE").foreignKeys().get(0);

    assertThat(manager.target()).isEqualTo(new QualifiedName("PUBLIC", "EMPLOYEE"));
    assertThat(table("DEPARTMENT").column("MANAGER_ID").orElseThrow().nullable()).isTrue();
    assertThat(department.target()).isEqualTo(new QualifiedName("PUBLIC", "DEPARTMENT"));
    assertThat(table("EMPLOYEE").column("DEPARTMENT_ID").orElseThrow().nullable()).isFalse();
  }

  @Test
  void parsesChecksAsH2ReportsThem() {
    assertThat(table("ORDER_LINE").checks())
        .containsExactlyInAnyOrder(
            new Check(
                "CK_LINE_QTY",
                "\"QTY\" > 0",
                Set.of("QTY"),
                new Condition.Compare("QTY", Op.GT, BigDecimal.ZERO)),
            new Check(
                "CK_LINE_AB",
                "(\"A\" > 0)\n    AND ((\"B\" < 5)\n    OR (\"B\" > 10))",
                Set.of("A", "B"),
                new Condition.And(
                    List.of(
                        new Condition.Compare("A", Op.GT, BigDecimal.ZERO),
                        new Condition.Or(
                            List.of(
                                new Condition.Compare("B", Op.LT, new BigDecimal("5")),
                                new Condition.Compare("B", Op.GT, BigDecimal.TEN)))))),
            new Check(
                "CK_LINE_EVEN",
                "MOD(\"QTY\", 2) = 0",
                Set.of("QTY"),
                new Condition.Unsupported("MOD(\"QTY\", 2) = 0")));
  }

  @Test
  void parsesBetweenInListColumnComparisonAndLengthChecks() {
    assertThat(conditionOf("PRODUCT", "CK_PRODUCT_PRICE"))
        .isEqualTo(new Condition.Between("PRICE", BigDecimal.ZERO, new BigDecimal("1000")));
    assertThat(conditionOf("ORDERS", "CK_ORDERS_STATUS"))
        .isEqualTo(new Condition.InList("STATUS", List.of("NEW", "PAID")));
    assertThat(conditionOf("ORDERS", "CK_ORDERS_DATES"))
        .isEqualTo(new Condition.ColumnCompare("END_DATE", Op.GT, "START_DATE"));
    assertThat(conditionOf("CUSTOMER", "CK_CUSTOMER_COUNTRY"))
        .isEqualTo(new Condition.LengthCompare("COUNTRY", Op.EQ, 3));
  }

  @Test
  void keepsALikeCheckAsUnsupportedWithItsColumns() {
    Check like = checkOf("SHIPMENT", "CK_SHIPMENT_EMAIL");

    assertThat(like.understood()).isFalse();
    assertThat(like.columns()).containsExactly("CONTACT_EMAIL");
    assertThat(like.condition()).isEqualTo(new Condition.Unsupported(like.sql()));
  }

  @Test
  void turnsADomainCheckIntoACheckOnTheColumnThatUsesTheDomain() {
    assertThat(checkOf("PRODUCT", "POSITIVE_INT"))
        .isEqualTo(
            new Check(
                "POSITIVE_INT",
                "VALUE > 0",
                Set.of("STOCK"),
                new Condition.Compare("STOCK", Op.GT, BigDecimal.ZERO)));
  }

  @Test
  void findsASchemaNamedInAnotherCase() {
    assertThat(SchemaReader.read(connection, "public").tableNames()).isEqualTo(schema.tableNames());
  }

  @Test
  void namesTheMissingSchemaAndListsTheExistingOnes() {
    assertThatThrownBy(() -> SchemaReader.read(connection, "SHOP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'SHOP'")
        .hasMessageContaining("PUBLIC")
        .hasMessageContaining("INFORMATION_SCHEMA");
  }

  @Test
  void leavesTheConnectionOpen() throws SQLException {
    assertThat(connection.isClosed()).isFalse();
  }

  @Test
  void readsThroughADataSource() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(URL);

    assertThat(SchemaReader.read(dataSource, "PUBLIC")).isEqualTo(schema);
  }

  private static Condition conditionOf(String table, String check) {
    return checkOf(table, check).condition();
  }

  private static Check checkOf(String table, String check) {
    return table(table).checks().stream()
        .filter(c -> c.name().equals(check))
        .findFirst()
        .orElseThrow();
  }
}
