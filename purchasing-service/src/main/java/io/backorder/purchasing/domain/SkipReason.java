package io.backorder.purchasing.domain;

/** Why a sku that needs units is not on a purchase order. */
public enum SkipReason {
    /** The item is discontinued: its backorders are not replenished. */
    DISCONTINUED,
    /** Inventory does not track the item: it is always in stock. */
    UNTRACKED,
    /** No supplier item names a primary supplier for it. */
    NO_SUPPLIER,
    /** Open purchase orders already bring the units it needs. */
    ALREADY_ON_ORDER
}
