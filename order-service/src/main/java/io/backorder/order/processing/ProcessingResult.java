package io.backorder.order.processing;

import java.util.List;

/** What the processor did to each order, or why it left it alone. */
public record ProcessingResult(String fillId, List<OrderResult> orders) {

    /** {@code skipped}: the reason the order was left as it was, or null. */
    public record OrderResult(String orderNumber, List<String> done, String skipped) {
    }
}
