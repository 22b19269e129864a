package io.backorder.order.security;

import static io.backorder.testing.EndpointAccess.AUTHENTICATED;
import static io.backorder.testing.EndpointAccess.VIEWER_OR_ADMIN;

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

    private static final String STOREFRONT = "storefront";
    private static final String SCANNER = "scanner";
    private static final String OPERATOR = "operator";
    private static final String VIEWER = "viewer";
    private static final String ADMIN = "admin";

    /** Shared by every service: who am I, dead letters, the outbox's set-aside rows, parameters. */
    private static final Map<String, String> SHARED = Map.ofEntries(
            Map.entry("GET /api/me", AUTHENTICATED),
            Map.entry("GET /api/dead-letters", VIEWER),
            Map.entry("GET /api/dead-letters/{id}", VIEWER),
            Map.entry("POST /api/dead-letters/{id}/retry", OPERATOR),
            Map.entry("GET /api/outbox/set-aside", VIEWER),
            Map.entry("POST /api/outbox/{position}/retry", OPERATOR),
            Map.entry("GET /api/parameters", VIEWER_OR_ADMIN),
            Map.entry("GET /api/parameters/{name}", VIEWER_OR_ADMIN),
            Map.entry("PUT /api/parameters/{name}", ADMIN));

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
        Map<String, String> expected = new java.util.HashMap<>(SHARED);
        expected.putAll(OWN);
        EndpointAccess.proveEveryOperation(expected);
    }
}
