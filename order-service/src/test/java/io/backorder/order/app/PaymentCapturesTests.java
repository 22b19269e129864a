package io.backorder.order.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.order.SampleOrders;
import io.backorder.order.domain.Order;
import io.backorder.order.payment.PaymentGateway;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The payment capture is a step of its own, outside any transaction, and taken once whatever happens in between. */
@QuarkusTest
class PaymentCapturesTests {

    @Inject
    PaymentCaptures captures;

    @Inject
    Transactions transactions;

    @Inject
    OrderStreams orders;

    @Inject
    PaymentGateway gateway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_capture_asked_for_before_a_crash_is_made_once_by_the_recovery_job() throws Exception {
        String order = importOrder("AUTH-CRASH-" + UUID.randomUUID());
        // The approval asked for the capture and committed; the process died before calling the gateway.
        transactions.inTransaction(connection -> {
            Order loaded = orders.load(connection, order);
            orders.save(connection, order, loaded, loaded.requestCapture(true), EventMetadata.newFlow());
            return null;
        });
        given().get("/api/orders/" + order).then().body("status.approved", equalTo(false));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            captures.completeForgotten();
            given().get("/api/orders/" + order).then()
                    .body("status.approved", equalTo(true)).body("payment.captured", equalTo(true));
        });
        captures.completeForgotten();
        captures.complete(order);

        assertThat(events(order, "PaymentCaptured")).isEqualTo(1);
        assertThat(events(order, "OrderApproved")).isEqualTo(1);
    }

    @Test
    void an_unreachable_payment_provider_leaves_the_capture_asked_for_and_the_order_is_approved_once_it_answers()
            throws Exception {
        String order = importOrder("UNAVAILABLE-" + UUID.randomUUID());

        given().post("/api/orders/" + order + "/approve").then().statusCode(202)
                .body("status.approved", equalTo(false)).body("payment.captured", equalTo(false))
                .body("payment.captureAwaited", equalTo(true));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            captures.completeForgotten();
            given().get("/api/orders/" + order).then().body("status.approved", equalTo(true))
                    .body("payment.captured", equalTo(true)).body("payment.captureAwaited", equalTo(false));
        });
        assertThat(events(order, "PaymentCaptured")).isEqualTo(1);
    }

    @Test
    void the_payment_provider_is_never_called_inside_a_database_transaction() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                gateway.capture("1", "AUTH-1", new BigDecimal("1.00"))))
                .hasMessageContaining("never made inside a database transaction");
    }

    @Test
    void approving_twice_at_once_captures_once() throws Exception {
        String order = importOrder("AUTH-TWICE-" + UUID.randomUUID());

        Thread other = new Thread(() -> given().post("/api/orders/" + order + "/approve"));
        other.start();
        given().post("/api/orders/" + order + "/approve").then().statusCode(200).body("status.approved", equalTo(true));
        other.join();

        assertThat(events(order, "PaymentCaptureRequested")).isEqualTo(1);
        assertThat(events(order, "PaymentCaptured")).isEqualTo(1);
    }

    private long events(String order, String type) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement count = connection.prepareStatement(
                "select count(*) from event_store where aggregate_id = ? and event_type = ?")) {
            count.setString(1, order);
            count.setString(2, type);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String importOrder(String authorizationId) {
        String body = SampleOrders.orderA(SampleOrders.uniqueId("WEB")).replace("AUTH-1", authorizationId);
        return given().contentType(ContentType.JSON).body(body).post("/api/orders")
                .then().statusCode(201).extract().path("orderNumber");
    }
}
