package io.backorder.order.app;

/** The order a storefront order became, and whether this import created it or found it. */
public record ImportedOrder(String storefrontOrderId, String orderNumber, boolean created) {
}
