package io.backorder.faults.load;

import io.backorder.bench.load.OrderMessages;
import io.backorder.bench.workload.ItemNames;
import io.backorder.bench.workload.PlannedOrder;
import io.backorder.bench.workload.WorkloadGenerator;
import io.backorder.contracts.Topics;
import io.backorder.faults.audit.Ledger;
import java.time.Instant;
import java.util.List;

/**
 * The orders of a run, made by the benchmark's workload generator (Zipf over the run's skus, one to three units a
 * line, storefront order ids {@code <prefix>-O<phase>-<n>}), and sent as storefronts send them: on storefront.orders
 * keyed by storefront order id, each entered in the ledger.
 */
public final class Storefront {

    static final double ZIPF = 1.0;
    static final int MAX_UNITS = 3;

    private Storefront() {
    }

    public static List<PlannedOrder> plan(ItemNames items, String prefix, String phase, int count, int lines,
                                          long seed) {
        return new WorkloadGenerator(items, ZIPF, MAX_UNITS, seed).orders(prefix + "-O" + phase, count, lines);
    }

    /**
     * Sends each order {@code copies} times in a row (a storefront that retries) and enters it in the ledger.
     *
     * @param firstSequence the first order's place in the run (customers rotate with it)
     */
    public static void send(InputProducer producer, List<PlannedOrder> orders, int copies, Ledger ledger,
                            int firstSequence) {
        int sequence = firstSequence;
        for (PlannedOrder order : orders) {
            ledger.orderSent(order.storefrontOrderId());
            String json = OrderMessages.json(order, sequence++, Instant.now());
            for (int copy = 0; copy < copies; copy++) {
                producer.send(Topics.STOREFRONT_ORDERS, order.storefrontOrderId(), json);
            }
        }
    }
}
