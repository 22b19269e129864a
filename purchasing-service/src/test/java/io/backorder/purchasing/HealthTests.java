package io.backorder.purchasing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTests {

    @Test
    void the_service_is_ready_once_its_database_is_migrated_and_kafka_answers() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void the_service_documents_its_api() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Backorder Manager: purchasing-service"));
    }

    @Test
    void the_openapi_document_describes_every_purchasing_endpoint() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/suppliers", "/api/suppliers/{supplierId}",
                        "/api/supplier-items", "/api/supplier-items/{sku}", "/api/purchase-orders",
                        "/api/purchase-orders/generate", "/api/purchase-orders/{poNumber}",
                        "/api/purchase-orders/{poNumber}/lines/{sku}", "/api/purchase-orders/{poNumber}/send",
                        "/api/purchase-orders/{poNumber}/cancel", "/api/purchase-orders/{poNumber}/receipts",
                        "/api/purchase-orders/{poNumber}/document", "/api/promised-dates", "/api/demand/{sku}",
                        "/api/receipt-exceptions"))
                .body("paths.'/api/purchase-orders/generate'.post.summary", notNullValue())
                .body("paths.'/api/purchase-orders/{poNumber}/document'.get.responses.'200'.content.keySet()",
                        hasItems("text/html", "application/pdf"));
    }

    @Test
    void the_service_lists_its_parameters_and_refuses_a_value_of_the_wrong_type() {
        given().when().get("/api/parameters").then().statusCode(200)
                .body("find { it.name == 'IncludeBackordersDefaultDays' }.value", equalTo("30"));
        given().contentType("application/json").body("{ \"value\": 0 }").put("/api/parameters/IncludeBackordersDefaultDays")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
