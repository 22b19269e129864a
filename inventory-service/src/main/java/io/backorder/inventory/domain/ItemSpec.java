package io.backorder.inventory.domain;

/** What a merchant says an item is. */
public record ItemSpec(String description, boolean tracked, boolean discontinued) {
}
