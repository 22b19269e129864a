package io.backorder.purchasing.security;

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
            Map.entry("PUT /api/suppliers/{supplierId}", OPERATOR),
            Map.entry("GET /api/suppliers/{supplierId}", VIEWER),
            Map.entry("GET /api/suppliers", VIEWER),
            Map.entry("PUT /api/supplier-items/{sku}", OPERATOR),
            Map.entry("GET /api/supplier-items/{sku}", VIEWER),
            Map.entry("GET /api/supplier-items", VIEWER),
            Map.entry("POST /api/purchase-orders/generate", OPERATOR),
            Map.entry("GET /api/purchase-orders", VIEWER),
            Map.entry("GET /api/purchase-orders/{poNumber}", VIEWER),
            Map.entry("PUT /api/purchase-orders/{poNumber}/lines/{sku}", OPERATOR),
            Map.entry("DELETE /api/purchase-orders/{poNumber}/lines/{sku}", OPERATOR),
            Map.entry("POST /api/purchase-orders/{poNumber}/send", OPERATOR),
            Map.entry("POST /api/purchase-orders/{poNumber}/cancel", OPERATOR),
            Map.entry("POST /api/purchase-orders/{poNumber}/receipts", SCANNER),
            Map.entry("GET /api/purchase-orders/{poNumber}/document", VIEWER),
            Map.entry("GET /api/receipt-exceptions", VIEWER),
            Map.entry("GET /api/promised-dates", VIEWER),
            Map.entry("GET /api/demand/{sku}", VIEWER));

    @Test
    void every_operation_answers_401_without_credentials_403_without_its_role_and_lets_its_role_in() {
        EndpointAccess.proveEveryOperationWith(OWN);
    }
}
