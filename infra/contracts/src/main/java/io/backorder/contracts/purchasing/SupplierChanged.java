package io.backorder.contracts.purchasing;

import io.backorder.contracts.EventData;

/**
 * A supplier was defined or changed: its whole definition as it is now. Keyed by supplierId; added by this project.
 * leadTimeDays is how many days after sending a purchase order its goods are expected.
 */
public record SupplierChanged(String supplierId, String name, String email, int leadTimeDays) implements EventData {
}
