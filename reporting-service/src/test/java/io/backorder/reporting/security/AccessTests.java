package io.backorder.reporting.security;

import static io.backorder.testing.EndpointAccess.OPERATOR;
import static io.backorder.testing.EndpointAccess.VIEWER;

import io.backorder.testing.EndpointAccess;
import io.backorder.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may call what (issue 11, docs/security.md): every operation of the OpenAPI document refuses a caller without
 * credentials (401) and one without its role (403), and lets in the user who has that role. A new endpoint fails
 * here until it is given a role in this table and in its resource.
 */
@QuarkusTest
class AccessTests {

    private static final Map<String, String> OWN = Map.ofEntries(
            Map.entry("GET /api/reports/backorders-by-customer", VIEWER),
            Map.entry("GET /api/reports/backorders-by-order", VIEWER),
            Map.entry("GET /api/reports/backorder-summary", VIEWER),
            Map.entry("GET /api/reports/not-shipped", VIEWER),
            Map.entry("GET /api/reports/quantity-not-shipped", VIEWER),
            Map.entry("GET /api/reports/new-backorders", VIEWER),
            Map.entry("GET /api/imports", VIEWER),
            Map.entry("GET /api/imports/{importId}/new-backorders", VIEWER),
            Map.entry("GET /api/dashboard", VIEWER),
            Map.entry("GET /api/shipments", VIEWER),
            Map.entry("GET /api/live", VIEWER),
            Map.entry("GET /api/projections/status", VIEWER),
            Map.entry("POST /api/projections/rebuild", OPERATOR));

    @Test
    void every_operation_answers_401_without_credentials_403_without_its_role_and_lets_its_role_in() {
        EndpointAccess.proveEveryOperationWith(OWN);
    }

    /** The console's pass-through is not in the OpenAPI document: it needs a signed-in user before it forwards. */
    @Test
    void the_pass_through_to_the_services_refuses_a_caller_without_credentials() {
        for (String method : java.util.List.of("GET", "POST", "PUT")) {
            TestUsers.anonymous().contentType("application/json").body("{}")
                    .request(method, "/services/order/api/orders/1001/approve")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void who_am_i_answers_the_signed_in_user_and_roles() {
        TestUsers.as(TestUsers.OPERATOR).get("/api/me").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("operator"))
                .body("roles", org.hamcrest.Matchers.contains("operator", "viewer"));
        io.restassured.RestAssured.given().auth().preemptive().basic("viewer", "wrong").get("/api/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
