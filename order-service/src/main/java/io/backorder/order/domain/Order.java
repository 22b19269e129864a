package io.backorder.order.domain;

import io.backorder.contracts.EventData;
import io.backorder.contracts.orders.OrderApproved;
import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.contracts.orders.PaymentCaptureFailed;
import io.backorder.contracts.orders.PaymentCaptured;
import io.backorder.contracts.orders.ShipDateSet;
import io.backorder.contracts.storefront.OrderPlaced;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An order as order-service owns it: rebuilt from its events, deciding what happens next. Plain
 * Java; a command answers the new events and changes nothing by itself.
 */
public final class Order {

    public static final String AGGREGATE_TYPE = "Order";

    private final String orderNumber;
    private long version;
    private OrderImported imported;
    private boolean approved;
    private boolean cancelled;
    private boolean captured;
    private LocalDate shipDate;
    private final java.util.Map<Integer, Integer> shipped = new java.util.HashMap<>();

    private Order(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public static Order replay(String orderNumber, List<? extends EventData> history) {
        Order order = new Order(orderNumber);
        history.forEach(order::apply);
        return order;
    }

    public void apply(EventData event) {
        version++;
        if (event instanceof OrderImported orderImported) {
            imported = orderImported;
        } else if (event instanceof OrderApproved) {
            approved = true;
        } else if (event instanceof PaymentCaptured) {
            captured = true;
        } else if (event instanceof ShipDateSet set) {
            shipDate = set.shipDate();
        } else if (event instanceof OrderCancelled) {
            cancelled = true;
        } else if (event instanceof OrderShipped orderShipped) {
            orderShipped.lines().forEach(line -> shipped.merge(line.lineNo(), line.quantity(), Integer::sum));
        }
    }

    public long version() {
        return version;
    }

    public boolean exists() {
        return imported != null;
    }

    /** Approval: the merchant accepts the order for shipping. Once only, and never for a cancelled order. */
    public List<EventData> approve(Instant now) {
        requireOpen("approve");
        if (approved) {
            return List.of();
        }
        return List.of(new OrderApproved(orderNumber, now));
    }

    /**
     * Ships what inventory holds for each line (as the order page last heard of it); a line may
     * never ship more than it ordered.
     */
    public List<EventData> ship(Map<Integer, Integer> allocatedByLine, Instant now) {
        requireOpen("ship");
        List<OrderShipped.Line> lines = new ArrayList<>();
        for (OrderImported.Line line : imported.lines()) {
            int left = line.quantity() - shipped.getOrDefault(line.lineNo(), 0);
            int quantity = Math.min(left, allocatedByLine.getOrDefault(line.lineNo(), 0));
            if (quantity > 0) {
                lines.add(new OrderShipped.Line(line.lineNo(), line.sku(), quantity));
            }
        }
        if (lines.isEmpty()) {
            throw new OrderRefusal("order " + orderNumber + " has nothing allocated to ship");
        }
        return List.of(new OrderShipped(orderNumber, now, lines));
    }

    /** Cancels the order; inventory then releases its units. A shipped unit cannot be cancelled. */
    public List<EventData> cancel(String reason) {
        requireExists();
        if (cancelled) {
            return List.of();
        }
        if (!shipped.isEmpty()) {
            throw new OrderRefusal("order " + orderNumber + " has shipped units and cannot be cancelled");
        }
        return List.of(new OrderCancelled(orderNumber, reason));
    }

    /** The storefront's authorization has not been captured yet. */
    public boolean needsCapture() {
        return exists() && imported.payment() != null && !captured;
    }

    public OrderImported.Payment payment() {
        return imported.payment();
    }

    /** Records what the gateway answered; a decline leaves the order as it was, with the reason. */
    public List<EventData> recordCapture(CaptureOutcome outcome) {
        requireOpen("capture payment for");
        String authorizationId = imported.payment().authorizationId();
        return List.of(outcome.captured()
                ? new PaymentCaptured(orderNumber, authorizationId, outcome.transactionId(), outcome.amount())
                : new PaymentCaptureFailed(orderNumber, authorizationId, outcome.reason()));
    }

    /** The day the order is to ship; set again only when it changes. */
    public List<EventData> setShipDate(LocalDate date) {
        requireOpen("set the ship date of");
        return date.equals(shipDate) ? List.of() : List.of(new ShipDateSet(orderNumber, date));
    }

    public boolean approved() {
        return approved;
    }

    public boolean cancelled() {
        return cancelled;
    }

    private void requireOpen(String action) {
        requireExists();
        if (cancelled) {
            throw new OrderRefusal("cannot " + action + " order " + orderNumber + ": it was cancelled");
        }
    }

    private void requireExists() {
        if (!exists()) {
            throw new UnknownOrderException(orderNumber);
        }
    }

    /**
     * Takes in an order placed on a storefront. Lines are numbered from 1 in the storefront's order;
     * a missing discount is none.
     */
    public List<EventData> importFrom(OrderPlaced placed, String importId) {
        if (exists()) {
            throw new IllegalStateException("order " + orderNumber + " was already imported");
        }
        Map<String, Integer> storefrontOnHand = placed.storefrontQuantityOnHand() == null
                ? Map.of() : placed.storefrontQuantityOnHand();
        List<OrderImported.Line> lines = new ArrayList<>();
        for (OrderPlaced.Line line : placed.lines()) {
            lines.add(new OrderImported.Line(lines.size() + 1, line.sku(), line.quantity(), line.unitPrice(),
                    storefrontOnHand.get(line.sku())));
        }
        OrderImported.Payment payment = placed.payment() == null ? null
                : new OrderImported.Payment(placed.payment().authorizationId(), placed.payment().amount());
        OrderPlaced.Customer customer = placed.customer();
        return List.of(new OrderImported(orderNumber, placed.storefrontOrderId(), placed.storefront(), importId,
                new OrderImported.Customer(customer.id(), customer.name(), customer.email()),
                placed.placedAt(),
                placed.discountPercent() == null ? BigDecimal.ZERO : placed.discountPercent(),
                lines, payment));
    }
}
