/** Events of inventory-service, published on {@code inventory.events} and keyed by sku. */
package io.backorder.contracts.inventory;
