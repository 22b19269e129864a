package io.backorder.order.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.backorder.order.SampleOrders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's limits, each refused as problem+json before anything is done: a body over the 2 MB the service takes
 * (413), an import of more than 1000 orders, a page of more than 500, a quantity over 100,000 and a customer id
 * over 64 characters (400, naming the field).
 */
@QuarkusTest
class LimitsTests {

    @Test
    void a_body_over_two_megabytes_is_refused_with_413_as_problem_json() {
        String padding = "x".repeat(3 * 1024 * 1024);
        given().contentType(ContentType.JSON).body("{ \"orders\": [], \"padding\": \"" + padding + "\" }")
                .post("/api/order-imports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(413)).body("detail", containsString("at most"));
    }

    @Test
    void an_import_of_more_than_a_thousand_orders_is_refused() {
        String order = SampleOrders.orderA("LIMIT-1");
        String orders = String.join(",", Collections.nCopies(1001, order));
        given().contentType(ContentType.JSON).body("{ \"orders\": [" + orders + "] }").post("/api/order-imports")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("orders"));
    }

    @Test
    void a_page_of_more_than_five_hundred_orders_is_refused() {
        given().get("/api/orders?size=501").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/orders?size=500").then().statusCode(200);
    }

    @Test
    void a_quantity_over_a_hundred_thousand_and_a_customer_id_over_64_characters_are_refused() {
        String tooMuch = SampleOrders.orderA(SampleOrders.uniqueId("LIMIT"))
                .replace("\"quantity\": 4", "\"quantity\": 100001")
                .replace("\"id\": \"C-1\"", "\"id\": \"" + "C".repeat(65) + "\"");
        given().contentType(ContentType.JSON).body(tooMuch).post("/api/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("lines[0].quantity")).body("errors.field", hasItem("customer.id"));
    }
}
