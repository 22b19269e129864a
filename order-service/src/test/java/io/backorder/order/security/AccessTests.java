package io.backorder.order.security;

import static io.backorder.testing.EndpointAccess.OPERATOR;
import static io.backorder.testing.EndpointAccess.STOREFRONT;
import static io.backorder.testing.EndpointAccess.VIEWER;

import io.backorder.testing.EndpointAccess;
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
            Map.entry("POST /api/orders", STOREFRONT),
            Map.entry("POST /api/order-imports", STOREFRONT),
            Map.entry("GET /api/orders", VIEWER),
            Map.entry("GET /api/orders/{orderNumber}", VIEWER),
            Map.entry("POST /api/orders/{orderNumber}/approve", OPERATOR),
            Map.entry("POST /api/orders/{orderNumber}/ship", OPERATOR),
            Map.entry("POST /api/orders/{orderNumber}/cancel", OPERATOR),
            Map.entry("POST /api/order-processing", OPERATOR),
            Map.entry("POST /sandbox/gateway/captures", OPERATOR));

    @Test
    void every_operation_answers_401_without_credentials_403_without_its_role_and_lets_its_role_in() {
        EndpointAccess.proveEveryOperationWith(OWN);
    }
}
