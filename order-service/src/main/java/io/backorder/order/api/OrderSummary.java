package io.backorder.order.api;

import io.backorder.order.readmodel.OrderView;
import java.time.Instant;

/** One row of the order list. */
public record OrderSummary(String orderNumber, String storefrontOrderId, OrderResponse.Customer customer,
                           Instant placedAt, OrderResponse.Status status, int lines, int unitsNeeded) {

    public static OrderSummary of(OrderView order) {
        return new OrderSummary(order.orderNumber, order.storefrontOrderId,
                new OrderResponse.Customer(order.customerId, order.customerName, order.customerEmail), order.placedAt,
                new OrderResponse.Status(order.approved, order.complete(), order.shipped, order.cancelled,
                        order.backordered(), order.shipmentLinesAwaited > 0),
                order.lines.size(), order.lines.stream().mapToInt(line -> line.needed).sum());
    }
}
