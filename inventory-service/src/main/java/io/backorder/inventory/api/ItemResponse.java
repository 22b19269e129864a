package io.backorder.inventory.api;

import io.backorder.inventory.readmodel.ItemView;

/**
 * A stock item: units on hand, allocated to order lines, available to new orders, and still needed
 * by waiting lines. {@code defined} is false for a sku that orders named but nobody defined.
 */
public record ItemResponse(String sku, String description, boolean defined, boolean tracked, boolean discontinued,
                           int onHand, int allocated, int available, int backordered) {

    public static ItemResponse of(ItemView item) {
        return new ItemResponse(item.sku, item.description, item.defined, item.tracked, item.discontinued,
                item.onHand, item.allocated, item.available(), item.backordered);
    }
}
