package io.backorder.order.domain;

/** The order refuses a command that its state does not allow; nothing changes. */
public class OrderRefusal extends RuntimeException {

    public OrderRefusal(String reason) {
        super(reason);
    }
}
