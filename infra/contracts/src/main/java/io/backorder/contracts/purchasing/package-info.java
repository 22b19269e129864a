/** Events of purchasing-service, published on {@code purchasing.events} and keyed by poNumber. */
package io.backorder.contracts.purchasing;
