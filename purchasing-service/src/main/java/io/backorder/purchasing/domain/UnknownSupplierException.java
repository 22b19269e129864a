package io.backorder.purchasing.domain;

/** A request named a supplier nobody defined. */
public final class UnknownSupplierException extends RuntimeException {

    private final String supplierId;

    public UnknownSupplierException(String supplierId) {
        super("no supplier " + supplierId);
        this.supplierId = supplierId;
    }

    public String supplierId() {
        return supplierId;
    }
}
