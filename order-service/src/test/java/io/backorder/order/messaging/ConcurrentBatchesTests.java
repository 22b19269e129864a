package io.backorder.order.messaging;

import static io.backorder.order.InventoryEvents.publish;
import static io.backorder.order.InventoryEvents.record;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.Sql;
import io.backorder.eventing.quarkus.InboxConsumers;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.order.SampleOrders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Two instances of order-service change the lines of one order at once: its skus sit on different partitions of
 * inventory.events, and a partition taken over from another instance may come while that instance still commits.
 * Each test holds one instance's batch open before its commit while the other's runs, the order that lost units
 * and approvals when both read the order page before either committed.
 */
@QuarkusTest
class ConcurrentBatchesTests {

    @Inject
    Transactions transactions;

    @Inject
    InboxConsumers inboxes;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void two_instances_filling_the_lines_of_one_order_at_once_approve_it_once_both_lines_are_filled()
            throws Exception {
        String order = importOrderA();
        publish(new LineBackordered("SKU123", order, 1, 4, BackorderReason.OUT_OF_STOCK, true));
        publish(new LineBackordered("SKU999", order, 2, 1, BackorderReason.OUT_OF_STOCK, true));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then()
                        .body("lines[0].needed", equalTo(4)).body("lines[1].needed", equalTo(1)));
        String fillId = "fill-" + UUID.randomUUID();

        bothAtOnce(record(new BackorderFilled("SKU123", order, 1, 4, 0, fillId, true, null, false, false)),
                record(new BackorderFilled("SKU999", order, 2, 1, 0, fillId, true, null, false, false)));

        given().get("/api/orders/" + order).then()
                .body("lines[0].allocated", equalTo(4)).body("lines[0].needed", equalTo(0))
                .body("lines[1].allocated", equalTo(1)).body("lines[1].needed", equalTo(0))
                .body("status.complete", equalTo(true)).body("status.approved", equalTo(true));
    }

    @Test
    void two_instances_allocating_to_one_line_at_once_lose_none_of_its_units() throws Exception {
        String order = importOrderA();

        bothAtOnce(record(new StockAllocated("SKU123", order, 1, 1)),
                record(new StockAllocated("SKU123", order, 1, 3)));

        given().get("/api/orders/" + order).then().body("lines[0].allocated", equalTo(4));
    }

    /**
     * The first instance handles its record and waits before it commits; the second handles its own meanwhile, and
     * is let wait for the first if it must (seen as a lock wait in PostgreSQL); then the first commits.
     */
    private void bothAtOnce(IncomingRecord first, IncomingRecord second) throws Exception {
        InboxConsumer consumer = inboxes.find(InventoryEventsConsumer.CONSUMER).orElseThrow();
        CountDownLatch firstHandled = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        CompletableFuture<Void> firstInstance = CompletableFuture.runAsync(() -> transactions.inTransaction(
                connection -> {
                    consumer.handleAgain(connection, first);
                    firstHandled.countDown();
                    await(firstMayCommit);
                    return null;
                }));
        assertThat(firstHandled.await(30, TimeUnit.SECONDS)).as("the first instance handled its record").isTrue();
        CompletableFuture<Void> secondInstance = CompletableFuture.runAsync(() -> transactions.inTransaction(
                connection -> {
                    consumer.handleAgain(connection, second);
                    return null;
                }));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> secondInstance.isDone() || aBatchWaitsForALock());
        firstMayCommit.countDown();
        firstInstance.get(30, TimeUnit.SECONDS);
        secondInstance.get(30, TimeUnit.SECONDS);
    }

    /** Asked on a connection of its own, outside both batches' transactions. */
    private boolean aBatchWaitsForALock() throws Exception {
        try (Connection looking = dataSource.getConnection()) {
            return Sql.one(looking, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'",
                    rs -> rs.getLong(1)) > 0;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first instance commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String importOrderA() {
        return given().contentType(ContentType.JSON).body(SampleOrders.orderA(SampleOrders.uniqueId("WEB")))
                .post("/api/orders").then().statusCode(201).extract().path("orderNumber");
    }
}
