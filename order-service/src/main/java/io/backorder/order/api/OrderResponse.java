package io.backorder.order.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.backorder.order.readmodel.OrderLineView;
import io.backorder.order.readmodel.OrderNote;
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
        java.time.LocalDate shipDate,
        Payment payment,
        List<Line> lines,
        List<String> notes,
        List<String> linkedOrders) {

    public record Customer(String id, String name, String email) {
    }

    /**
     * The storefront's authorization, and what became of its capture; {@code captureAwaited}: a
     * capture was asked for and the provider has not answered yet.
     */
    public record Payment(String authorizationId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                          boolean captured, String transactionId, String lastFailure, boolean captureAwaited) {
    }

    /** {@code awaitingShipment}: a shipment was asked of inventory and not all its lines are answered yet. */
    public record Status(boolean approved, boolean complete, boolean shipped, boolean cancelled, boolean backordered,
                         boolean awaitingShipment) {
    }

    /** {@code splitOff}: units that went to an order split off at fill; {@code originalLineNo}: on such an order. */
    public record Line(int lineNo, String sku, int quantity,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
                       int allocated, int needed, int shipped, int cancelled, int splitOff, Integer originalLineNo) {
    }

    public static OrderResponse of(OrderView order) {
        return new OrderResponse(order.orderNumber, order.storefrontOrderId, order.storefront, order.importId,
                new Customer(order.customerId, order.customerName, order.customerEmail),
                order.placedAt, order.discountPercent.stripTrailingZeros(),
                new Status(order.approved, order.complete(), order.shipped, order.cancelled, order.backordered(),
                        order.shipmentLinesAwaited > 0),
                order.shipDate,
                order.paymentAuthorizationId == null ? null : new Payment(order.paymentAuthorizationId,
                        order.paymentAmount, order.paymentTransactionId != null, order.paymentTransactionId,
                        order.paymentFailure, order.captureRequestedAt != null),
                order.lines.stream().map(OrderResponse::line).toList(),
                OrderNote.of(order.orderNumber), order.linkedOrders());
    }

    private static Line line(OrderLineView line) {
        return new Line(line.lineNo, line.sku, line.quantity, line.unitPrice, line.allocated, line.needed,
                line.shipped, line.cancelled, line.splitOff, line.originalLineNo);
    }
}
