package io.backorder.order.domain;

/** No order has this number. */
public final class UnknownOrderException extends OrderRefusal {

    public UnknownOrderException(String orderNumber) {
        super("no order " + orderNumber);
    }
}
