/**
 * Events of purchasing-service, published on {@code purchasing.events}: a purchase order's events keyed by its
 * poNumber, a supplier's by supplierId, a supplier item's and a promised date's by sku.
 */
package io.backorder.contracts.purchasing;
