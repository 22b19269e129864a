package io.backorder.purchasing.domain;

/** What a supplier is: its name, where purchase orders go, and how many days its goods take to arrive. */
public record SupplierSpec(String name, String email, int leadTimeDays) {
}
