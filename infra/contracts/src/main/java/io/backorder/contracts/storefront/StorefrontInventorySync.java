package io.backorder.contracts.storefront;

import io.backorder.contracts.EventData;

/** Tells a storefront what quantity on hand to show for a sku, so it stops overselling what we cannot ship. */
public record StorefrontInventorySync(String sku, String storefront, int quantityOnHand) implements EventData {
}
