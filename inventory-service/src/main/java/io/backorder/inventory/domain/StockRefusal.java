package io.backorder.inventory.domain;

/** The item refuses a command that would break one of its rules; nothing changes. */
public class StockRefusal extends RuntimeException {

    public StockRefusal(String reason) {
        super(reason);
    }
}
