/**
 * The storefront side: {@code OrderPlaced}, untrusted input on {@code storefront.orders} and
 * {@code POST /api/orders}, and {@code StorefrontInventorySync}, published on {@code storefront.inventory}.
 */
package io.backorder.contracts.storefront;
