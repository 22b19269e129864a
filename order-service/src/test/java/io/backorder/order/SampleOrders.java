package io.backorder.order;

import java.util.UUID;

/** Storefront orders of the seed example, as JSON bodies a storefront would send. */
public final class SampleOrders {

    private SampleOrders() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Order A of the seed example: 4 × SKU123 and 1 × SKU999. */
    public static String orderA(String storefrontOrderId) {
        return """
                { "storefrontOrderId": "%s", "storefront": "web",
                  "customer": { "id": "C-1", "name": "Ada Byron", "email": "ada@example.com" },
                  "placedAt": "2026-11-27T08:00:00Z", "discountPercent": "10",
                  "payment": { "authorizationId": "AUTH-1", "amount": "130.50" },
                  "lines": [ { "sku": "SKU123", "quantity": 4, "unitPrice": "25.00" },
                             { "sku": "SKU999", "quantity": 1, "unitPrice": "45.00" } ] }
                """.formatted(storefrontOrderId);
    }

    public static String twoOf(String storefrontOrderId, String customerId) {
        return """
                { "storefrontOrderId": "%s", "storefront": "web",
                  "customer": { "id": "%s", "name": "Grace Hopper", "email": "grace@example.com" },
                  "placedAt": "2026-11-27T08:05:00Z",
                  "lines": [ { "sku": "SKU123", "quantity": 2, "unitPrice": "25.00" } ] }
                """.formatted(storefrontOrderId, customerId);
    }
}
