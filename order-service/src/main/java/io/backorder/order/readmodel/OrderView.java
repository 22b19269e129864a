package io.backorder.order.readmodel;

import io.backorder.eventing.Sql;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/** The order page's row: kept current from order-service's own events and from inventory.events. */
@Entity
@Table(name = "order_view")
public class OrderView extends PanacheEntityBase {

    @Id
    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "storefront_order_id")
    public String storefrontOrderId;

    public String storefront;

    @Column(name = "import_id")
    public String importId;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "customer_email")
    public String customerEmail;

    @Column(name = "placed_at")
    public Instant placedAt;

    @Column(name = "discount_percent")
    public BigDecimal discountPercent;

    @Column(name = "ship_date")
    public java.time.LocalDate shipDate;

    @Column(name = "payment_authorization_id")
    public String paymentAuthorizationId;

    @Column(name = "payment_amount")
    public BigDecimal paymentAmount;

    @Column(name = "payment_transaction_id")
    public String paymentTransactionId;

    /** Why the last capture failed; empty once one succeeds. */
    @Column(name = "payment_failure")
    public String paymentFailure;

    /** When a capture was asked for that is not answered yet; empty otherwise. */
    @Column(name = "capture_requested_at")
    public Instant captureRequestedAt;

    /** Lines of the shipment asked for that inventory has not answered yet (shipped or refused). */
    @Column(name = "shipment_lines_awaited")
    public int shipmentLinesAwaited;

    /** For an order split off at fill: the order it came from. */
    @Column(name = "original_order_number")
    public String originalOrderNumber;

    public boolean approved;
    public boolean shipped;
    public boolean cancelled;
    public long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = true)
    @OrderBy("lineNo")
    @org.hibernate.annotations.BatchSize(size = 100)
    public List<OrderLineView> lines = new ArrayList<>();

    /** Sorted, so that two batches locking some of the same pages take them in one order, not each other's. */
    private static final String LOCK = """
            select order_number from order_view where order_number = any(?) order by order_number
            for no key update""";

    /**
     * Locks these orders' pages, then loads them with their lines into the current session, a query for the orders
     * and one for their lines (per {@link #lines}' batch size): a later {@code findById} of any of them is then
     * answered without the database, with what every transaction that locked them before committed.
     *
     * <p>The lock comes first, in a statement of its own: a statement that waits for a row lock still reads the
     * other rows it joins as they were when it began. {@code no key update} is the lock an update of the page takes,
     * so lines may still be inserted under it. (Hibernate 7.2's multi-load with a lock of its own fails with a
     * ClassCastException, {@code JdbcSelectWithActions}; hence the round trip.) Hibernate's multi-load binds the
     * numbers as one array ({@code = any (?)}), so its statement is translated once; a query with
     * {@code in :numbers} was translated from HQL to SQL again on every call, for each count of numbers (half the
     * time order-service spent on a batch of inventory.events, in JFR).
     */
    public static void lockAndLoad(Connection connection, Collection<String> orderNumbers) {
        if (!orderNumbers.isEmpty()) {
            Sql.query(connection, LOCK, rs -> rs.getString(1), (Object) orderNumbers.toArray(String[]::new));
            getEntityManager().unwrap(Session.class).byMultipleIds(OrderView.class)
                    .multiLoad(List.copyOf(orderNumbers));
        }
    }

    /** The order this one was split from, and the orders split off it. */
    public java.util.List<String> linkedOrders() {
        java.util.List<String> linked = new java.util.ArrayList<>();
        if (originalOrderNumber != null) {
            linked.add(originalOrderNumber);
        }
        OrderView.<OrderView>list("originalOrderNumber = ?1 order by length(orderNumber), orderNumber", orderNumber)
                .forEach(split -> linked.add(split.orderNumber));
        return linked;
    }

    public OrderLineView line(int lineNo) {
        return lines.stream().filter(line -> line.lineNo == lineNo).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("order " + orderNumber + " has no line " + lineNo));
    }

    /** Every unit of every line is either allocated, shipped or cancelled: nothing is still needed. */
    public boolean complete() {
        return lines.stream().allMatch(OrderLineView::complete);
    }

    public boolean backordered() {
        return lines.stream().anyMatch(line -> line.needed > 0);
    }
}
