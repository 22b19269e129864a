/** Events of order-service, published on {@code orders.events} and keyed by orderNumber. */
package io.backorder.contracts.orders;
