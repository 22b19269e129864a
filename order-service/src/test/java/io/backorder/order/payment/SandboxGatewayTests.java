package io.backorder.order.payment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.backorder.order.domain.CaptureOutcome;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SandboxGatewayTests {

    @Inject
    PaymentGateway gateway;

    @Test
    void the_same_idempotency_key_gets_the_same_capture_so_a_retry_charges_once() {
        Map<String, String> capture = Map.of("authorizationId", "AUTH-IDEM", "amount", "10.00", "orderNumber", "1");

        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "capture-1-AUTH-IDEM")
                .body(capture).post("/sandbox/gateway/captures").then().statusCode(200)
                .body("status", equalTo("CAPTURED")).extract().path("transactionId");
        String again = given().contentType(ContentType.JSON).header("Idempotency-Key", "capture-1-AUTH-IDEM")
                .body(capture).post("/sandbox/gateway/captures").then().statusCode(200).extract().path("transactionId");

        assertThat(again).isEqualTo(first);
    }

    @Test
    void the_gateway_client_reports_a_capture_and_a_decline_as_answers() {
        CaptureOutcome captured = gateway.capture("77", "AUTH-OK", new BigDecimal("12.50"));
        CaptureOutcome declined = gateway.capture("78", "DECLINE-ME", new BigDecimal("12.50"));

        assertThat(captured.captured()).isTrue();
        assertThat(captured.transactionId()).startsWith("SBX-");
        assertThat(captured.amount()).isEqualByComparingTo("12.50");
        assertThat(declined.captured()).isFalse();
        assertThat(declined.reason()).isEqualTo("card declined");
        assertThat(gateway.capture("77", "AUTH-OK", new BigDecimal("12.50")).transactionId())
                .as("a repeated capture of the same order and authorization").isEqualTo(captured.transactionId());
    }

    @Test
    void a_capture_without_an_idempotency_key_is_refused() {
        given().contentType(ContentType.JSON).body(Map.of("authorizationId", "AUTH-X", "amount", "1.00"))
                .post("/sandbox/gateway/captures").then().statusCode(400).contentType("application/problem+json");
    }
}
