package io.backorder.order.domain;

import io.backorder.contracts.EventData;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.storefront.OrderPlaced;
import java.math.BigDecimal;
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
        }
    }

    public long version() {
        return version;
    }

    public boolean exists() {
        return imported != null;
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
