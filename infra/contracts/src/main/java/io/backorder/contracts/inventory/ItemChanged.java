package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/** An item's description or flags changed; discontinuing an item stops new backorders from being replenished. */
public record ItemChanged(String sku, String description, boolean tracked, boolean discontinued) implements EventData {
}
