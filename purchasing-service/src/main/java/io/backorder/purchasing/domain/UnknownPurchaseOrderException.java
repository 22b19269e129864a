package io.backorder.purchasing.domain;

/** A request named a purchase order number that was never drawn. */
public final class UnknownPurchaseOrderException extends RuntimeException {

    public UnknownPurchaseOrderException(String poNumber) {
        super("no purchase order " + poNumber);
    }
}
