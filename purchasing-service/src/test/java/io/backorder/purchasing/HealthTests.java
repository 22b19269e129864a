package io.backorder.purchasing;

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
                .body("info.title", equalTo("Backorder Manager: purchasing-service"));
    }
}
