package io.backorder.purchasing.domain;

/**
 * What purchasing knows of one sku when it plans a purchase: how inventory keeps it, the units available now (on
 * hand, not allocated), the units still needed by waiting lines placed within the look-back window (all of them, and
 * the replenishable ones: a backorder taken while DoBackorders was false is not bought), the units open purchase
 * orders still bring, and how it is bought (null: no supplier item).
 */
public record ItemDemand(String sku, boolean tracked, boolean discontinued, int available, int waitingInWindow,
                         int replenishableInWindow, int onOrder, SupplierTerms terms) {
}
