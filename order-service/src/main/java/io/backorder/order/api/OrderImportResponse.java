package io.backorder.order.api;

import java.util.List;

/** What a batch import did: its id, and the order each storefront order became. */
public record OrderImportResponse(String importId, int created, int alreadyImported, List<Imported> orders) {

    public record Imported(String storefrontOrderId, String orderNumber, boolean created) {
    }
}
