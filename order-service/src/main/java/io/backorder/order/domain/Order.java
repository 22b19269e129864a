package io.backorder.order.domain;

import io.backorder.contracts.EventData;
import io.backorder.contracts.orders.BackorderOrderCreated;
import io.backorder.contracts.orders.BackorderOrderLineAdded;
import io.backorder.contracts.orders.OrderApproved;
import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.orders.OrderShipmentRefused;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.contracts.orders.PaymentCaptureFailed;
import io.backorder.contracts.orders.PaymentCaptureRequested;
import io.backorder.contracts.orders.PaymentCaptured;
import io.backorder.contracts.orders.ShipDateSet;
import io.backorder.contracts.orders.ShipmentRequested;
import io.backorder.contracts.storefront.OrderPlaced;
import io.backorder.eventing.EventSourced;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An order as order-service owns it: rebuilt from its events, deciding what happens next. Plain
 * Java; a command answers the new events and changes nothing by itself.
 */
public final class Order implements EventSourced {

    public static final String AGGREGATE_TYPE = "Order";

    private final String orderNumber;
    private long version;
    private boolean exists;
    private OrderImported.Payment payment;
    private final Map<Integer, OrderedLine> lines = new java.util.TreeMap<>();
    private boolean approved;
    private boolean cancelled;
    private boolean captured;
    /** A capture was asked for and its outcome is not recorded yet. */
    private PaymentCaptureRequested pendingCapture;
    private String lastCaptureFailure;
    private LocalDate shipDate;
    private final Map<Integer, Integer> shipped = new java.util.HashMap<>();
    private final Map<String, Shipment> shipments = new LinkedHashMap<>();

    private Order(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public static Order replay(String orderNumber, List<? extends EventData> history) {
        Order order = new Order(orderNumber);
        history.forEach(order::apply);
        return order;
    }

    @Override
    public void apply(EventData event) {
        version++;
        if (event instanceof OrderImported orderImported) {
            exists = true;
            payment = orderImported.payment();
            orderImported.lines().forEach(line -> lines.put(line.lineNo(),
                    new OrderedLine(line.lineNo(), line.sku(), line.quantity())));
        } else if (event instanceof BackorderOrderCreated created) {
            exists = true;
            created.lines().forEach(line -> lines.put(line.lineNo(),
                    new OrderedLine(line.lineNo(), line.sku(), line.quantity())));
        } else if (event instanceof BackorderOrderLineAdded added) {
            lines.put(added.line().lineNo(), new OrderedLine(added.line().lineNo(), added.line().sku(),
                    added.line().quantity()));
        } else if (event instanceof OrderApproved) {
            approved = true;
        } else if (event instanceof PaymentCaptureRequested requested) {
            pendingCapture = requested;
        } else if (event instanceof PaymentCaptured) {
            captured = true;
            pendingCapture = null;
            lastCaptureFailure = null;
        } else if (event instanceof PaymentCaptureFailed failed) {
            pendingCapture = null;
            lastCaptureFailure = failed.reason();
        } else if (event instanceof ShipDateSet set) {
            shipDate = set.shipDate();
        } else if (event instanceof OrderCancelled) {
            cancelled = true;
        } else if (event instanceof ShipmentRequested requested) {
            shipments.put(requested.shipmentId(), new Shipment(requested.shipmentId(), requested.lines().stream()
                    .map(ShipmentRequested.Line::lineNo).collect(java.util.stream.Collectors.toSet())));
        } else if (event instanceof OrderShipped orderShipped) {
            orderShipped.lines().forEach(line -> {
                shipped.merge(line.lineNo(), line.quantity(), Integer::sum);
                if (orderShipped.shipmentId() != null) {
                    shipments.get(orderShipped.shipmentId()).shipped(line.lineNo(), line.quantity());
                }
            });
        } else if (event instanceof OrderShipmentRefused refused) {
            shipments.get(refused.shipmentId()).refused(refused.lineNo(), refused.reason());
        }
    }

    @Override
    public long version() {
        return version;
    }

    public boolean exists() {
        return exists;
    }

    /** What a line asked for. */
    public record OrderedLine(int lineNo, String sku, int quantity) {
    }

    /**
     * A fill served lines of this order after it was approved: the filled units become a new
     * order, linked to this one. Decided on the new order's empty stream.
     */
    public List<EventData> splitFrom(String originalOrderNumber, BigDecimal discountPercent, int originalLineNo,
                                     String sku, int quantity) {
        if (exists) {
            throw new IllegalStateException("order " + orderNumber + " exists already");
        }
        return List.of(new BackorderOrderCreated(orderNumber, originalOrderNumber, discountPercent,
                List.of(new BackorderOrderCreated.Line(1, originalLineNo, sku, quantity))));
    }

    /** Another line of the same fill joins the order split off by it. */
    public List<EventData> addSplitLine(String originalOrderNumber, int originalLineNo, String sku, int quantity) {
        requireOpen("add a line to");
        int lineNo = lines.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        return List.of(new BackorderOrderLineAdded(orderNumber, originalOrderNumber,
                new BackorderOrderCreated.Line(lineNo, originalLineNo, sku, quantity)));
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
     * Asks inventory to ship what each line holds (as the order page last heard of it), never more
     * than the line has left to ship. Inventory owns the units: it ships what the line really holds
     * and answers every line; the order counts units as shipped only then. One shipment at a time.
     */
    public List<EventData> requestShipment(String shipmentId, Map<Integer, Integer> allocatedByLine, Instant now) {
        requireOpen("ship");
        awaitedShipment().ifPresent(awaited -> {
            throw new OrderRefusal("order " + orderNumber + " waits for inventory to answer shipment "
                    + awaited.shipmentId());
        });
        List<ShipmentRequested.Line> asked = new ArrayList<>();
        for (OrderedLine line : lines.values()) {
            int left = line.quantity() - shipped.getOrDefault(line.lineNo(), 0);
            int quantity = Math.min(left, allocatedByLine.getOrDefault(line.lineNo(), 0));
            if (quantity > 0) {
                asked.add(new ShipmentRequested.Line(line.lineNo(), line.sku(), quantity));
            }
        }
        if (asked.isEmpty()) {
            throw new OrderRefusal("order " + orderNumber + " has nothing allocated to ship");
        }
        return List.of(new ShipmentRequested(orderNumber, shipmentId, now, asked));
    }

    /** Inventory shipped units of a line it was asked to ship; nothing when that line was answered already. */
    public List<EventData> confirmShipped(String shipmentId, int lineNo, String sku, int quantity, Instant shippedAt) {
        if (!awaits(shipmentId, lineNo)) {
            return List.of();
        }
        return List.of(new OrderShipped(orderNumber, shippedAt, List.of(new OrderShipped.Line(lineNo, sku, quantity)),
                shipmentId));
    }

    /** Inventory refused a line it was asked to ship; nothing when that line was answered already. */
    public List<EventData> recordShipmentRefusal(String shipmentId, int lineNo, String sku, String reason) {
        if (!awaits(shipmentId, lineNo)) {
            return List.of();
        }
        return List.of(new OrderShipmentRefused(orderNumber, shipmentId, lineNo, sku, reason));
    }

    private boolean awaits(String shipmentId, int lineNo) {
        Shipment shipment = shipments.get(shipmentId);
        return shipment != null && shipment.awaits(lineNo);
    }

    /** A shipment asked for, answered or not; empty when the order never asked for it. */
    public Optional<Shipment> shipment(String shipmentId) {
        return Optional.ofNullable(shipments.get(shipmentId));
    }

    private Optional<Shipment> awaitedShipment() {
        return shipments.values().stream().filter(shipment -> !shipment.answered()).findFirst();
    }

    /**
     * Cancels the order; inventory then releases its units. A shipped unit cannot be cancelled, nor
     * can an order inventory may be shipping at this moment.
     */
    public List<EventData> cancel(String reason) {
        requireExists();
        if (cancelled) {
            return List.of();
        }
        if (!shipped.isEmpty()) {
            throw new OrderRefusal("order " + orderNumber + " has shipped units and cannot be cancelled");
        }
        awaitedShipment().ifPresent(awaited -> {
            throw new OrderRefusal("order " + orderNumber + " waits for inventory to answer shipment "
                    + awaited.shipmentId() + " and cannot be cancelled until then");
        });
        return List.of(new OrderCancelled(orderNumber, reason));
    }

    /** The storefront's authorization has not been captured yet. */
    public boolean needsCapture() {
        return exists && payment != null && !captured;
    }

    public OrderImported.Payment payment() {
        return payment;
    }

    /**
     * Asks for the payment authorization to be captured; the call to the provider is made after
     * this is stored, outside the transaction. Nothing when there is nothing to capture or a
     * capture is already asked for.
     */
    public List<EventData> requestCapture(boolean approveWhenCaptured) {
        requireOpen("capture payment for");
        if (!needsCapture() || pendingCapture != null) {
            return List.of();
        }
        return List.of(new PaymentCaptureRequested(orderNumber, payment.authorizationId(), payment.amount(),
                approveWhenCaptured));
    }

    /** Why the last capture was declined; empty when none was. */
    public Optional<String> lastCaptureFailure() {
        return Optional.ofNullable(lastCaptureFailure);
    }

    /** The capture asked for and not yet answered; empty when none waits. */
    public Optional<PaymentCaptureRequested> pendingCapture() {
        return Optional.ofNullable(pendingCapture);
    }

    /**
     * Records what the gateway answered to the capture asked for, and approves the order if that
     * capture was asked for an approval. A decline leaves the order unapproved, with the reason.
     * Nothing when no capture waits (its outcome was recorded already).
     */
    public List<EventData> recordCapture(CaptureOutcome outcome, Instant now) {
        requireOpen("capture payment for");
        if (pendingCapture == null) {
            return List.of();
        }
        String authorizationId = pendingCapture.authorizationId();
        if (!outcome.captured()) {
            return List.of(new PaymentCaptureFailed(orderNumber, authorizationId, outcome.reason()));
        }
        List<EventData> events = new ArrayList<>();
        events.add(new PaymentCaptured(orderNumber, authorizationId, outcome.transactionId(), outcome.amount()));
        if (pendingCapture.approveWhenCaptured() && !approved) {
            events.add(new OrderApproved(orderNumber, now));
        }
        return events;
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
