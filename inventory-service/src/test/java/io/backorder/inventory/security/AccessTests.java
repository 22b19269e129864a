package io.backorder.inventory.security;

import static io.backorder.testing.EndpointAccess.OPERATOR;
import static io.backorder.testing.EndpointAccess.SCANNER;
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
            Map.entry("GET /api/items", VIEWER),
            Map.entry("PUT /api/items/{sku}", OPERATOR),
            Map.entry("GET /api/items/{sku}", VIEWER),
            Map.entry("POST /api/items/{sku}/adjustments", OPERATOR),
            Map.entry("GET /api/orders/{orderNumber}/allocation", VIEWER),
            Map.entry("POST /api/orders/{orderNumber}/lines/{lineNo}/force-backorder", OPERATOR),
            Map.entry("POST /api/orders/{orderNumber}/lines/{lineNo}/cancel-backorder", OPERATOR),
            Map.entry("POST /api/backorder-fills", OPERATOR),
            Map.entry("POST /api/projections/rebuild", OPERATOR),
            Map.entry("POST /api/receipts", SCANNER));

    @Test
    void every_operation_answers_401_without_credentials_403_without_its_role_and_lets_its_role_in() {
        EndpointAccess.proveEveryOperationWith(OWN);
    }
}
