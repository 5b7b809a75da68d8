package dev.synth.plan;

import static dev.synth.plan.Tables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synth.PlanException;
import dev.synth.schema.ForeignKey;
import dev.synth.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsertOrderTest {

  private static List<String> names(InsertOrder order) {
    return order.tables().stream().map(t -> t.name().name()).toList();
  }

  @Test
  void parentsComeBeforeTheirChildrenWhateverTheInputOrder() {
    Table item =
        table("ITEM")
            .id()
            .ref("ORDER_ID", "ORDERS", false)
            .ref("PRODUCT_ID", "PRODUCT", false)
            .build();
    Table orders = table("ORDERS").id().ref("CUSTOMER_ID", "CUSTOMER", false).build();
    Table customer = table("CUSTOMER").id().build();
    Table product = table("PRODUCT").id().build();

    InsertOrder order = InsertOrder.of(List.of(item, orders, customer, product));

    List<String> names = names(order);
    assertThat(names).containsExactlyInAnyOrder("ITEM", "ORDERS", "CUSTOMER", "PRODUCT");
    assertThat(names.indexOf("CUSTOMER")).isLessThan(names.indexOf("ORDERS"));
    assertThat(names.indexOf("ORDERS")).isLessThan(names.indexOf("ITEM"));
    assertThat(names.indexOf("PRODUCT")).isLessThan(names.indexOf("ITEM"));
    assertThat(order.deferred()).isEmpty();
  }

  @Test
  void aSelfReferenceIsNotACycle() {
    Table employee = table("EMPLOYEE").id().ref("MANAGER_ID", "EMPLOYEE", true).build();

    InsertOrder order = InsertOrder.of(List.of(employee));

    assertThat(names(order)).containsExactly("EMPLOYEE");
    assertThat(order.deferred()).isEmpty();
  }

  @Test
  void aCycleIsBrokenOnItsNullableForeignKey() {
    Table department = table("DEPARTMENT").id().ref("MANAGER_ID", "EMPLOYEE", true).build();
    Table employee = table("EMPLOYEE").id().ref("DEPARTMENT_ID", "DEPARTMENT", false).build();

    InsertOrder order = InsertOrder.of(List.of(employee, department));

    assertThat(names(order)).containsExactly("DEPARTMENT", "EMPLOYEE");
    assertThat(order.deferred())
        .extracting(ForeignKey::columns)
        .containsExactly(List.of("MANAGER_ID"));
  }

  @Test
  void aDeferrableForeignKeyBreaksACycleBeforeANullableOne() {
    Table department = table("DEPARTMENT").id().ref("MANAGER_ID", "EMPLOYEE", true).build();
    Table employee = table("EMPLOYEE").id().ref("DEPARTMENT_ID", "DEPARTMENT", false, true).build();

    InsertOrder order = InsertOrder.of(List.of(department, employee));

    assertThat(order.deferred()).isEmpty();
    assertThat(order.checkedAtCommit())
        .extracting(ForeignKey::columns)
        .containsExactly(List.of("DEPARTMENT_ID"));
    assertThat(names(order)).containsExactly("EMPLOYEE", "DEPARTMENT");
  }

  @Test
  void aThreeTableCycleNeedsOnlyOneBreak() {
    Table a = table("A").id().ref("B_ID", "B", false).build();
    Table b = table("B").id().ref("C_ID", "C", false).build();
    Table c = table("C").id().ref("A_ID", "A", true).build();

    InsertOrder order = InsertOrder.of(List.of(a, b, c));

    assertThat(names(order)).containsExactly("C", "B", "A");
    assertThat(order.deferred()).hasSize(1);
  }

  @Test
  void aCycleWithoutNullableForeignKeyFailsNamingTablesColumnsAndOptions() {
    Table a = table("A").id().ref("B_ID", "B", false).build();
    Table b = table("B").id().ref("A_ID", "A", false).build();

    assertThatThrownBy(() -> InsertOrder.of(List.of(a, b)))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("PUBLIC.A")
        .hasMessageContaining("PUBLIC.B")
        .hasMessageContaining("[B_ID]")
        .hasMessageContaining("[A_ID]")
        .hasMessageContaining("nullable")
        .hasMessageContaining("DEFERRABLE")
        .hasMessageContaining("Nothing was written");
  }

  @Test
  void tablesOutsideTheFilledSetDoNotConstrainTheOrder() {
    Table orders = table("ORDERS").id().ref("COUNTRY_ID", "COUNTRY", false).build();

    assertThat(names(InsertOrder.of(List.of(orders)))).containsExactly("ORDERS");
  }
}
