package io.backorder.bench.load;

import io.backorder.bench.workload.PlannedOrder;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.storefront.OrderPlaced;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Turns a planned order into the {@code OrderPlaced} a storefront would publish: the contract's record written with
 * the contract's JSON, bare (the envelope is optional on storefront.orders), so the bench sends what real storefronts
 * send. Customers rotate over a small set, as in a shop where people come back.
 */
public final class OrderMessages {

    static final String STOREFRONT = "bench";
    static final int CUSTOMERS = 500;
    static final BigDecimal UNIT_PRICE = new BigDecimal("12.50");

    private OrderMessages() {
    }

    public static OrderPlaced placed(PlannedOrder order, int sequence, Instant placedAt) {
        int customer = sequence % CUSTOMERS + 1;
        List<OrderPlaced.Line> lines = order.lines().stream()
                .map(line -> new OrderPlaced.Line(line.sku(), line.quantity(), UNIT_PRICE))
                .toList();
        return new OrderPlaced(order.storefrontOrderId(), STOREFRONT,
                new OrderPlaced.Customer("BENCH-C" + customer, "Bench customer " + customer,
                        "customer" + customer + "@bench.example"),
                placedAt, BigDecimal.ZERO, null, lines, null);
    }

    public static String json(PlannedOrder order, int sequence, Instant placedAt) {
        return ContractJson.write(placed(order, sequence, placedAt));
    }
}
