package io.backorder.purchasing.domain;

import io.backorder.contracts.EventData;
import io.backorder.contracts.purchasing.PurchaseOrderClosed;
import io.backorder.contracts.purchasing.PurchaseOrderCreated;
import io.backorder.contracts.purchasing.PurchaseOrderLate;
import io.backorder.contracts.purchasing.PurchaseOrderLineChanged;
import io.backorder.contracts.purchasing.PurchaseOrderLineReceived;
import io.backorder.contracts.purchasing.PurchaseOrderLineRemoved;
import io.backorder.contracts.purchasing.PurchaseOrderSent;
import io.backorder.eventing.EventSourced;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One purchase order and its lifecycle: DRAFT (lines editable) → SENT (with an expected date) →
 * PARTIALLY_RECEIVED → RECEIVED, or CANCELLED for what had not arrived. Receipts are never refused: the goods
 * are on the shelf already (inventory took them). One that comes for more than was ordered, for a sku the order
 * does not name, or after the order closed is recorded as it is, the excess as over-received.
 */
public final class PurchaseOrder implements EventSourced {

    public static final String AGGREGATE_TYPE = "PurchaseOrder";

    private final String poNumber;
    private long version;
    private boolean created;
    private String supplierId;
    private PurchaseOrderStatus status;
    private int backorderWindowDays;
    private Instant sentAt;
    private LocalDate expectedDate;
    private boolean late;
    private final Map<String, PurchaseOrderLine> lines = new LinkedHashMap<>();
    private final Set<String> receiptIds = new HashSet<>();

    private PurchaseOrder(String poNumber) {
        this.poNumber = poNumber;
    }

    public static PurchaseOrder replay(String poNumber, List<? extends EventData> history) {
        PurchaseOrder order = new PurchaseOrder(poNumber);
        history.forEach(order::apply);
        return order;
    }

    @Override
    public void apply(EventData event) {
        version++;
        if (event instanceof PurchaseOrderCreated e) {
            created = true;
            supplierId = e.supplierId();
            status = PurchaseOrderStatus.DRAFT;
            backorderWindowDays = e.backorderWindowDays();
            e.lines().forEach(line -> lines.put(line.sku(),
                    new PurchaseOrderLine(line.sku(), line.quantity(), line.unitCost(), 0, 0)));
        } else if (event instanceof PurchaseOrderLineChanged e) {
            PurchaseOrderLine line = lines.get(e.sku());
            lines.put(e.sku(), new PurchaseOrderLine(e.sku(), e.quantity(), e.unitCost(),
                    line == null ? 0 : line.received(), line == null ? 0 : line.overReceived()));
        } else if (event instanceof PurchaseOrderLineRemoved e) {
            lines.remove(e.sku());
        } else if (event instanceof PurchaseOrderSent e) {
            status = PurchaseOrderStatus.SENT;
            sentAt = e.sentAt();
            expectedDate = e.expectedDate();
        } else if (event instanceof PurchaseOrderLineReceived e) {
            PurchaseOrderLine line = lines.get(e.sku());
            lines.put(e.sku(), new PurchaseOrderLine(e.sku(), e.quantityOrdered(),
                    line == null ? BigDecimal.ZERO : line.unitCost(), e.totalReceived(),
                    (line == null ? 0 : line.overReceived()) + e.overReceived()));
            if (e.receiptId() != null) {
                receiptIds.add(e.receiptId());
            }
            if (status.open()) {
                status = PurchaseOrderStatus.PARTIALLY_RECEIVED;
            }
        } else if (event instanceof PurchaseOrderClosed e) {
            status = e.status() == PurchaseOrderClosed.Status.RECEIVED ? PurchaseOrderStatus.RECEIVED
                    : PurchaseOrderStatus.CANCELLED;
        } else if (event instanceof PurchaseOrderLate) {
            late = true;
        }
    }

    /** A new draft for one supplier; the lines must be distinct skus of at least one unit. */
    public List<EventData> create(String supplier, List<PurchaseOrderCreated.Line> newLines, int windowDays) {
        if (created) {
            throw new PurchasingRefusal("purchase order " + poNumber + " exists already");
        }
        if (newLines.isEmpty()) {
            throw new PurchasingRefusal("a purchase order needs at least one line");
        }
        if (newLines.stream().map(PurchaseOrderCreated.Line::sku).distinct().count() != newLines.size()
                || newLines.stream().anyMatch(line -> line.quantity() <= 0)) {
            throw new PurchasingRefusal("a purchase order's lines are distinct skus of at least one unit each");
        }
        return List.of(new PurchaseOrderCreated(poNumber, supplier, List.copyOf(newLines), windowDays));
    }

    /** Sets a draft's line to a quantity and cost (adding it if need be); a null cost keeps the line's. */
    public List<EventData> changeLine(String sku, int quantity, BigDecimal unitCost) {
        requireDraft("change its lines");
        if (quantity <= 0) {
            throw new PurchasingRefusal("a line orders at least one unit; remove the line instead");
        }
        PurchaseOrderLine line = lines.get(sku);
        BigDecimal cost = unitCost != null ? unitCost : line != null ? line.unitCost() : null;
        if (cost == null) {
            throw new PurchasingRefusal("a new line of " + poNumber + " needs a unit cost");
        }
        if (line != null && line.quantity() == quantity && line.unitCost().compareTo(cost) == 0) {
            return List.of();
        }
        return List.of(new PurchaseOrderLineChanged(poNumber, sku, quantity, cost));
    }

    public List<EventData> removeLine(String sku) {
        requireDraft("remove its lines");
        if (!lines.containsKey(sku)) {
            throw new PurchasingRefusal("purchase order " + poNumber + " has no line of " + sku);
        }
        return List.of(new PurchaseOrderLineRemoved(poNumber, sku));
    }

    /** The draft goes to the supplier; its goods are expected on {@code expected}, which cannot be before today. */
    public List<EventData> send(Instant now, LocalDate expected) {
        requireDraft("be sent");
        if (lines.isEmpty()) {
            throw new PurchasingRefusal("purchase order " + poNumber + " has no lines to send");
        }
        if (expected.isBefore(now.atZone(ZoneOffset.UTC).toLocalDate())) {
            throw new ExpectedTooEarly("purchase order " + poNumber + " cannot be expected on " + expected
                    + ", before the day it is sent");
        }
        return List.of(new PurchaseOrderSent(poNumber, now, expected));
    }

    /**
     * Units of a sku arrived under this order's number. Taken whatever the state, once per receipt id; the order
     * is RECEIVED when the last ordered unit arrived.
     */
    public List<EventData> receive(String receiptId, String sku, int quantity) {
        if (quantity <= 0 || (receiptId != null && receiptIds.contains(receiptId))) {
            return List.of();
        }
        PurchaseOrderLine line = lines.get(sku);
        int ordered = line == null ? 0 : line.quantity();
        int before = line == null ? 0 : line.received();
        int after = before + quantity;
        int over = Math.max(0, after - ordered) - Math.max(0, before - ordered);
        List<EventData> events = new ArrayList<>();
        events.add(new PurchaseOrderLineReceived(poNumber, sku, quantity, after, ordered, receiptId, over));
        boolean completes = lines.values().stream()
                .allMatch(other -> other.sku().equals(sku) ? after >= other.quantity() : other.outstanding() == 0);
        if (status.open() && completes) {
            events.add(new PurchaseOrderClosed(poNumber, PurchaseOrderClosed.Status.RECEIVED));
        }
        return events;
    }

    /** Nothing more is expected from the supplier: what had not arrived is cancelled. */
    public List<EventData> cancel() {
        if (!status.open()) {
            throw new PurchasingRefusal("purchase order " + poNumber + " is " + status + " already");
        }
        return List.of(new PurchaseOrderClosed(poNumber, PurchaseOrderClosed.Status.CANCELLED));
    }

    /** A sent order whose expected date passed with units still to come is late; said once. */
    public List<EventData> noticeLateness(LocalDate today) {
        boolean sent = status == PurchaseOrderStatus.SENT || status == PurchaseOrderStatus.PARTIALLY_RECEIVED;
        int outstanding = unitsOutstanding();
        if (!sent || late || expectedDate == null || !today.isAfter(expectedDate) || outstanding == 0) {
            return List.of();
        }
        return List.of(new PurchaseOrderLate(poNumber, expectedDate, today, outstanding));
    }

    /** An expected date before the day of sending: bad input rather than a conflict with the order's state. */
    public static final class ExpectedTooEarly extends PurchasingRefusal {
        ExpectedTooEarly(String message) {
            super(message);
        }
    }

    private void requireDraft(String action) {
        if (status != PurchaseOrderStatus.DRAFT) {
            throw new PurchasingRefusal("purchase order " + poNumber + " is " + status + "; only a draft can " + action);
        }
    }

    public int unitsOutstanding() {
        return lines.values().stream().mapToInt(PurchaseOrderLine::outstanding).sum();
    }

    public boolean created() {
        return created;
    }

    public String poNumber() {
        return poNumber;
    }

    public String supplierId() {
        return supplierId;
    }

    public PurchaseOrderStatus status() {
        return status;
    }

    public int backorderWindowDays() {
        return backorderWindowDays;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public LocalDate expectedDate() {
        return expectedDate;
    }

    public boolean late() {
        return late;
    }

    public boolean hasLine(String sku) {
        return lines.containsKey(sku);
    }

    public List<PurchaseOrderLine> lines() {
        return List.copyOf(lines.values());
    }

    @Override
    public long version() {
        return version;
    }
}
