package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/** A sku became known to inventory; untracked items are always in stock, discontinued ones are never reordered. */
public record ItemDefined(String sku, String description, boolean tracked, boolean discontinued) implements EventData {
}
