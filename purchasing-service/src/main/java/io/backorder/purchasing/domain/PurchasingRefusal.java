package io.backorder.purchasing.domain;

/** A command the current state does not allow (sending a cancelled order, editing a sent one); nothing changed. */
public class PurchasingRefusal extends RuntimeException {

    public PurchasingRefusal(String message) {
        super(message);
    }
}
