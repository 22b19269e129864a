package io.backorder.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
                .body("info.title", equalTo("Backorder Manager: reporting-service"));
    }

    @Test
    void the_service_lists_its_parameters_and_refuses_a_value_of_the_wrong_type() {
        given().when().get("/api/parameters").then().statusCode(200)
                .body("find { it.name == 'ViewInventoryBackorderDays' }.value", equalTo("30"));
        given().contentType("application/json").body("{ \"value\": 0 }").put("/api/parameters/ViewInventoryBackorderDays")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
