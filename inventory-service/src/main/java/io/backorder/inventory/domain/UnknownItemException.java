package io.backorder.inventory.domain;

/** A command that needs a defined item named a sku nobody defined. */
public final class UnknownItemException extends StockRefusal {

    public UnknownItemException(String sku, String action) {
        super("cannot " + action + ": item " + sku + " is not defined");
    }
}
