package io.backorder.inventory.app;

import static io.backorder.inventory.OrderEventsFixture.defineItem;
import static io.backorder.inventory.OrderEventsFixture.line;
import static io.backorder.inventory.OrderEventsFixture.number;
import static io.backorder.inventory.OrderEventsFixture.sku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.Sql;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.inventory.domain.WaitingLine;
import io.backorder.inventory.readmodel.WaitingLines;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A transaction gathers what its decisions change on the item and line views and writes it once, before it
 * commits; these tests hold that the views still come out right, and that a read within the transaction sees
 * the decisions made before it.
 */
@QuarkusTest
class GatheredViewsTests {

    @Inject
    Transactions transactions;

    @Inject
    StockItems items;

    @Inject
    Allocations allocations;

    @Inject
    OrderOutcomes outcomes;

    @Inject
    WaitingLines waitingLines;

    @Test
    void a_batch_of_orders_on_one_item_writes_its_view_row_once_and_counts_every_order() {
        String sku = sku("SKU-BATCHED");
        defineItem(sku, 10);

        long itemRowsWritten = transactions.inTransaction(connection -> {
            for (int order = 0; order < 6; order++) {
                allocations.allocate(connection, imported(number(), line(1, sku, 2)), EventMetadata.newFlow());
            }
            items.catchUpViews(connection);
            return Sql.query(connection, """
                    select n_tup_ins + n_tup_upd from pg_stat_xact_user_tables where relname = 'item_view'""",
                    rs -> rs.getLong(1)).get(0);
        });

        assertThat(itemRowsWritten).isEqualTo(1);
        given().get("/api/items/" + sku).then().statusCode(200)
                .body("onHand", equalTo(10)).body("allocated", equalTo(10)).body("backordered", equalTo(2));
    }

    @Test
    void the_fill_queue_read_within_a_transaction_sees_the_lines_it_backordered() {
        String sku = sku("SKU-SEEN");
        defineItem(sku, 1);
        String order = number();

        List<WaitingLine> waiting = transactions.inTransaction(connection -> {
            allocations.allocate(connection, imported(order, line(1, sku, 3)), EventMetadata.newFlow());
            return waitingLines.find(connection, List.of(order), List.of());
        });

        assertThat(waiting).extracting(WaitingLine::sku).containsExactly(sku);
    }

    @Test
    void an_order_cancelled_in_the_batch_that_allocated_it_gives_its_units_back() {
        String sku = sku("SKU-IN-AND-OUT");
        defineItem(sku, 5);
        String order = number();

        transactions.inTransaction(connection -> {
            allocations.allocate(connection, imported(order, line(1, sku, 2)), EventMetadata.newFlow());
            outcomes.cancelled(connection, new OrderCancelled(order, "customer changed their mind"),
                    EventMetadata.newFlow());
            return null;
        });

        given().get("/api/items/" + sku).then().statusCode(200).body("allocated", equalTo(0))
                .body("available", equalTo(5));
    }

    private static OrderImported imported(String orderNumber, OrderImported.Line... lines) {
        return new OrderImported(orderNumber, "WEB-" + orderNumber, "web", "import-test",
                new OrderImported.Customer("C-1", "Ada Byron", "ada@example.com"), Instant.now(), BigDecimal.ZERO,
                new ArrayList<>(List.of(lines)), null);
    }
}
