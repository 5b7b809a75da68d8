package dev.synth.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synth.examples.shop.OrderRepository.OrderSummary;
import dev.synth.junit.SyntheticData;
import dev.synth.junit.SyntheticDataset;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

// tag::shop-test[]
@SyntheticData(schema = "classpath:db/schema.sql", config = "synth.yaml", seed = 42)
class OrderRepositoryTest {

  @Test
  void recentOrdersComeNewestFirstWithTheirTotals(DataSource ds, SyntheticDataset data)
      throws Exception {
    long customer = aCustomerWithOrders(data, 2);

    List<OrderSummary> orders = new OrderRepository(ds).recentOrders(customer, 3);

    assertThat(orders).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(orders)
        .isSortedAccordingTo(Comparator.comparing(OrderSummary::orderedAt).reversed());
    for (OrderSummary order : orders) {
      assertThat(order.total()).isEqualByComparingTo(totalOf(data, order.id()));
    }
  }

  @Test
  void cancellingTouchesOnlyThatCustomersNewOrders(DataSource ds, DSLContext db) throws Exception {
    var orders = DSL.table("orders");
    var status = DSL.field("status", String.class);
    int newBefore = db.fetchCount(orders, status.eq("NEW"));
    long customer =
        db.select(DSL.field("customer_id", Long.class))
            .from(orders)
            .where(status.eq("NEW"))
            .limit(1)
            .fetchOne()
            .value1();
    int mine = db.fetchCount(orders, status.eq("NEW").and(DSL.field("customer_id").eq(customer)));

    int cancelled = new OrderRepository(ds).cancelNewOrders(customer);

    assertThat(cancelled).isEqualTo(mine).isPositive();
    assertThat(db.fetchCount(orders, status.eq("NEW"))).isEqualTo(newBefore - mine);
  }

  // end::shop-test[]

  @Test
  void aCustomerWithoutOrdersHasNoRecentOrders(DataSource ds, SyntheticDataset data)
      throws Exception {
    var withOrders =
        data.rows("orders").stream().map(o -> o.get("CUSTOMER_ID")).collect(Collectors.toSet());
    long lonely =
        data.rows("customer").stream()
            .map(c -> (Long) c.get("ID"))
            .filter(id -> !withOrders.contains(id))
            .findFirst()
            .orElseThrow();

    assertThat(new OrderRepository(ds).recentOrders(lonely, 10)).isEmpty();
  }

  @Test
  void everyTestSeesThePopulationNotTheOtherTestsWrites(SyntheticDataset data, DSLContext db) {
    long newOrders =
        data.rows("orders").stream().filter(o -> "NEW".equals(o.get("STATUS"))).count();

    assertThat(db.fetchCount(DSL.table("orders"), DSL.field("status").eq("NEW")))
        .isEqualTo(newOrders);
    assertThat(data.rowCount("orders")).isEqualTo(1_000);
  }

  private static long aCustomerWithOrders(SyntheticDataset data, int atLeast) {
    Map<Object, Long> perCustomer =
        data.rows("orders").stream()
            .collect(Collectors.groupingBy(o -> o.get("CUSTOMER_ID"), Collectors.counting()));
    return perCustomer.entrySet().stream()
        .filter(e -> e.getValue() >= atLeast)
        .map(e -> (Long) e.getKey())
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal totalOf(SyntheticDataset data, long orderId) {
    return data.rows("order_item").stream()
        .filter(i -> ((Long) i.get("ORDER_ID")) == orderId)
        .map(
            i ->
                ((BigDecimal) i.get("UNIT_PRICE"))
                    .multiply(BigDecimal.valueOf((Integer) i.get("QUANTITY"))))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
