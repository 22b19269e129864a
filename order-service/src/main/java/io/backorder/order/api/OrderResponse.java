package io.backorder.order.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.backorder.order.readmodel.OrderLineView;
import io.backorder.order.readmodel.OrderView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as its page shows it: who, what, and where each line's units stand. */
public record OrderResponse(
        String orderNumber,
        String storefrontOrderId,
        String storefront,
        String importId,
        Customer customer,
        Instant placedAt,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountPercent,
        Status status,
        List<Line> lines,
        List<String> notes,
        List<String> linkedOrders) {

    public record Customer(String id, String name, String email) {
    }

    public record Status(boolean approved, boolean complete, boolean shipped, boolean cancelled, boolean backordered) {
    }

    public record Line(int lineNo, String sku, int quantity,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
                       int allocated, int needed, int shipped, int cancelled) {
    }

    public static OrderResponse of(OrderView order) {
        return new OrderResponse(order.orderNumber, order.storefrontOrderId, order.storefront, order.importId,
                new Customer(order.customerId, order.customerName, order.customerEmail),
                order.placedAt, order.discountPercent.stripTrailingZeros(),
                new Status(order.approved, order.complete(), order.shipped, order.cancelled, order.backordered()),
                order.lines.stream().map(OrderResponse::line).toList(),
                List.of(), List.of());
    }

    private static Line line(OrderLineView line) {
        return new Line(line.lineNo, line.sku, line.quantity, line.unitPrice, line.allocated, line.needed,
                line.shipped, line.cancelled);
    }
}
