package dev.synth.plan;

import static dev.synth.plan.Tables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.ConfigException;
import dev.synth.PlanException;
import dev.synth.config.ColumnConfig;
import dev.synth.config.PerParent;
import dev.synth.config.SynthConfig;
import dev.synth.config.TableConfig;
import dev.synth.schema.Check;
import dev.synth.schema.Condition;
import dev.synth.schema.Schema;
import dev.synth.schema.Table;
import dev.synth.schema.TypeKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private final Table customer =
      table("CUSTOMER").id().varchar("EMAIL", 80, false).unique("EMAIL").build();
  private final Table product = table("PRODUCT").id().varchar("TITLE", 80, false).build();
  private final Table productTag =
      table("PRODUCT_TAG")
          .ref("PRODUCT_ID", "PRODUCT", false)
          .ref("TAG_ID", "TAG", false)
          .primaryKey("PRODUCT_ID", "TAG_ID")
          .build();
  private final Table tag = table("TAG").id().build();

  private static Plan plan(SynthConfig config, Table... tables) {
    return Planner.plan(new Schema(List.of(tables)), config, DatabaseFacts.empty());
  }

  private static TablePlan of(Plan plan, String table) {
    return plan.tables().stream()
        .filter(t -> t.table().name().name().equals(table))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aJoinTableGetsDistinctParentPairs() {
    SynthConfig config =
        SynthConfig.defaults()
            .withRows(20)
            .withTable("product_tag", new TableConfig(400L, null, Map.of()));

    TablePlan joins = of(plan(config, product, tag, productTag), "PRODUCT_TAG");

    Set<List<Object>> pairs = new java.util.HashSet<>();
    for (long i = 0; i < joins.rows(); i++) {
      pairs.add(List.of(joins.generator().row(i)));
    }
    assertThat(pairs).hasSize(400);
    assertThat(pairs).allSatisfy(p -> assertThat((Long) p.get(0)).isBetween(1L, 20L));
  }

  @Test
  void aJoinTableAskedForMorePairsThanExistFailsWithTheNumbers() {
    SynthConfig config =
        SynthConfig.defaults()
            .withRows(20)
            .withTable("product_tag", new TableConfig(401L, null, Map.of()));

    assertThatThrownBy(() -> plan(config, product, tag, productTag))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("20 PRODUCT rows x 20 TAG rows = 400")
        .hasMessageContaining("401 rows were requested")
        .hasMessageContaining("Nothing was written");
  }

  @Test
  void aKeyOfAForeignKeyAndASmallColumnIsFilledWithDistinctCombinations() {
    Table price =
        table("PRICE")
            .ref("PRODUCT_ID", "PRODUCT", false)
            .varchar("CURRENCY", 3, false)
            .primaryKey("PRODUCT_ID", "CURRENCY")
            .check(
                new Check(
                    "CK_CCY",
                    "CURRENCY IN ('EUR', 'USD', 'GBP')",
                    Set.of("CURRENCY"),
                    new Condition.InList("CURRENCY", List.of("EUR", "USD", "GBP"))))
            .build();
    SynthConfig config =
        SynthConfig.defaults()
            .withRows(20)
            .withTable("price", new TableConfig(60L, null, Map.of()));

    TablePlan prices = of(plan(config, product, price), "PRICE");

    Set<List<Object>> keys = new java.util.HashSet<>();
    for (long i = 0; i < 60; i++) {
      Object[] row = prices.generator().row(i);
      assertThat(row[1]).isIn("EUR", "USD", "GBP");
      keys.add(List.of(row));
    }
    assertThat(keys).hasSize(60);
    assertThatThrownBy(
            () ->
                plan(
                    config.withTable("price", new TableConfig(61L, null, Map.of())),
                    product,
                    price))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("20 PRODUCT rows x 3 values of CURRENCY = 60");
  }

  @Test
  void aUniqueBooleanColumnCannotHoldThreeRows() {
    Table flags =
        table("FLAGS").id().column("ACTIVE", TypeKind.BOOLEAN, false).unique("ACTIVE").build();

    assertThatThrownBy(() -> plan(SynthConfig.defaults().withRows(3), flags))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("ACTIVE")
        .hasMessageContaining("needs 3 distinct values")
        .hasMessageContaining("can hold only 2");
  }

  @Test
  void anUnknownTableInTheConfigurationIsNamedWithTheValidOnes() {
    SynthConfig config = SynthConfig.defaults().withTable("custmer", TableConfig.DEFAULT);

    assertThatThrownBy(() -> plan(config, customer, product))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'custmer'")
        .hasMessageContaining("[CUSTOMER, PRODUCT]");
  }

  @Test
  void anUnknownColumnInTheConfigurationIsNamedWithTheValidOnes() {
    SynthConfig config =
        SynthConfig.defaults()
            .withTable(
                "customer", new TableConfig(null, null, Map.of("emial", ColumnConfig.fixed("x"))));

    assertThatThrownBy(() -> plan(config, customer))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'emial'")
        .hasMessageContaining("[ID, EMAIL]");
  }

  @Test
  void nonEmptyTablesAreRefusedInTheDefaultMode() {
    DatabaseFacts oneCustomer =
        new DatabaseFacts() {
          @Override
          public long rowCount(Table table) {
            return table.name().name().equals("CUSTOMER") ? 1 : 0;
          }

          @Override
          public List<Object[]> keys(Table table, List<String> columns) {
            return List.of();
          }

          @Override
          public Object max(Table table, String column) {
            return null;
          }
        };

    assertThatThrownBy(
            () -> Planner.plan(new Schema(List.of(customer)), SynthConfig.defaults(), oneCustomer))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("PUBLIC.CUSTOMER (1 rows)")
        .hasMessageContaining("truncate")
        .hasMessageContaining("append");
  }

  @Test
  void aNotNullColumnUnderACheckWeCannotReadFailsSuggestingARule() {
    Table odd =
        table("ODD")
            .id()
            .column("QTY", TypeKind.INTEGER, false)
            .check(
                new Check(
                    "CK_ODD",
                    "MOD(QTY, 2) = 1",
                    Set.of("QTY"),
                    new Condition.Unsupported("MOD(QTY, 2) = 1")))
            .build();

    assertThatThrownBy(() -> plan(SynthConfig.defaults(), odd))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("ODD.QTY is NOT NULL")
        .hasMessageContaining("MOD(QTY, 2) = 1")
        .hasMessageContaining("tables.ODD.columns.QTY");
  }

  @Test
  void aNullableColumnUnderACheckWeCannotReadIsLeftNullAndListed() {
    Table odd =
        table("ODD")
            .id()
            .column("QTY", TypeKind.INTEGER, true)
            .check(
                new Check(
                    "CK_ODD",
                    "MOD(QTY, 2) = 1",
                    Set.of("QTY"),
                    new Condition.Unsupported("MOD(QTY, 2) = 1")))
            .build();

    Plan plan = plan(SynthConfig.defaults().withRows(50), odd);

    TablePlan t = of(plan, "ODD");
    for (long i = 0; i < 50; i++) {
      assertThat(t.generator().row(i)[1]).isNull();
    }
    assertThat(plan.notes())
        .anySatisfy(n -> assertThat(n).contains("CK_ODD").contains("not understood"));
    assertThat(plan.describe()).contains("NULL: a check on it is not understood");
  }

  @Test
  void childrenPerParentStayWithinTheConfiguredRange() {
    Table orders = table("ORDERS").id().build();
    Table item =
        table("ITEM")
            .ref("ORDER_ID", "ORDERS", false)
            .column("LINE_NO", TypeKind.INTEGER, false)
            .primaryKey("ORDER_ID", "LINE_NO")
            .build();
    SynthConfig config =
        SynthConfig.defaults()
            .withRows(300)
            .withTable("item", new TableConfig(null, new PerParent("orders", 1, 4), Map.of()));

    TablePlan items = of(plan(config, orders, item), "ITEM");

    Map<Object, Integer> perOrder = new HashMap<>();
    for (long i = 0; i < items.rows(); i++) {
      Object[] row = items.generator().row(i);
      int seen = perOrder.merge(row[0], 1, Integer::sum);
      assertThat(row[1]).as("line numbers count up per order").isEqualTo(seen);
    }
    assertThat(perOrder).hasSize(300);
    assertThat(perOrder.values()).allSatisfy(n -> assertThat(n).isBetween(1, 4));
    assertThat(items.rows()).isBetween(300L * 2, 300L * 3);
  }

  @Test
  void aTreeReferencesOnlyEarlierRowsAndHasRoots() {
    Table category = table("CATEGORY").id().ref("PARENT_ID", "CATEGORY", true).build();

    TablePlan t = of(plan(SynthConfig.defaults().withRows(500), category), "CATEGORY");

    int roots = 0;
    for (long i = 0; i < 500; i++) {
      Object[] row = t.generator().row(i);
      if (row[1] == null) {
        roots++;
      } else {
        assertThat((Long) row[1]).isLessThan((Long) row[0]);
      }
    }
    assertThat(roots).isBetween(1, 150);
  }

  @Test
  void theSameSeedGivesTheSameRowsInAnyOrderAndAnotherSeedOthers() {
    SynthConfig config = SynthConfig.defaults().withRows(200);
    TablePlan a = of(plan(config, customer), "CUSTOMER");
    TablePlan b = of(plan(config, customer), "CUSTOMER");
    TablePlan c = of(plan(config.withSeed(7), customer), "CUSTOMER");

    Object[] late = b.generator().row(199);
    for (long i = 0; i < 200; i++) {
      assertThat(b.generator().row(i)).containsExactly(a.generator().row(i));
    }
    assertThat(late).containsExactly(a.generator().row(199));
    assertThat(c.generator().row(0)[1]).isNotEqualTo(a.generator().row(0)[1]);
  }

  @Test
  void addingAColumnDoesNotChangeTheValuesOfTheOthers() {
    Table wider =
        table("CUSTOMER")
            .id()
            .varchar("EMAIL", 80, false)
            .varchar("NICKNAME", 30, true)
            .unique("EMAIL")
            .build();
    SynthConfig config = SynthConfig.defaults().withRows(100);

    TablePlan before = of(plan(config, customer), "CUSTOMER");
    TablePlan after = of(plan(config, wider), "CUSTOMER");

    for (long i = 0; i < 100; i++) {
      assertThat(after.generator().row(i)[1]).isEqualTo(before.generator().row(i)[1]);
    }
  }

  @Test
  void theDryRunNamesOrderRowsCycleBreaksAndColumnSources() {
    Table department = table("DEPARTMENT").id().ref("MANAGER_ID", "EMPLOYEE", true).build();
    Table employee =
        table("EMPLOYEE")
            .id()
            .ref("DEPARTMENT_ID", "DEPARTMENT", false)
            .varchar("EMAIL", 60, false)
            .unique("EMAIL")
            .build();

    String text = plan(SynthConfig.defaults().withRows(10), employee, department).describe();

    assertThat(text)
        .contains("1. PUBLIC.DEPARTMENT: 10 rows")
        .contains("2. PUBLIC.EMPLOYEE: 10 rows");
    assertThat(text).contains("cycle break: [MANAGER_ID]");
    assertThat(text).contains("-> PUBLIC.DEPARTMENT.ID");
    assertThat(text).contains("sequence 1..10");
    assertThat(text).containsPattern("EMAIL +unique");
  }
}
