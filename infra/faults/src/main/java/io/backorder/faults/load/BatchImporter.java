package io.backorder.faults.load;

import io.backorder.bench.load.OrderMessages;
import io.backorder.bench.workload.PlannedOrder;
import io.backorder.faults.ServiceCalls;
import io.backorder.faults.audit.Ledger;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports orders over order-service's {@code POST /api/order-imports}, a batch at a time, as a storefront's
 * integration would: a batch that gets no answer (the service is down) or a 5xx is sent again until it is accepted.
 * That is safe because an import is all or nothing and a storefront order id already imported answers its number.
 */
public final class BatchImporter {

    static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final ServiceCalls calls;
    private final String orderServiceUrl;
    private int retries;

    public BatchImporter(ServiceCalls calls, String orderServiceUrl) {
        this.calls = calls;
        this.orderServiceUrl = orderServiceUrl;
    }

    /** Imports every order, {@code batchSize} at a time, each batch until it is accepted or {@code timeout} passed. */
    public void importAll(List<PlannedOrder> orders, int batchSize, Ledger ledger, Duration timeout)
            throws InterruptedException {
        for (int from = 0; from < orders.size(); from += batchSize) {
            List<PlannedOrder> batch = orders.subList(from, Math.min(orders.size(), from + batchSize));
            List<String> placed = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                placed.add(OrderMessages.json(batch.get(i), from + i, Instant.now()));
                ledger.orderSent(batch.get(i).storefrontOrderId());
            }
            importBatch("{ \"orders\": [" + String.join(",", placed) + "] }", timeout);
        }
    }

    private void importBatch(String body, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                ServiceCalls.Answer answer = calls.post(orderServiceUrl + "/api/order-imports", body);
                if (answer.status() == 200) {
                    return;
                }
                if (answer.status() < 500) {
                    throw new IllegalStateException("the import was refused: " + answer.status() + " " + answer.body());
                }
                last = answer.status() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            }
            retries++;
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
        throw new IllegalStateException("a batch was not imported within " + timeout.toSeconds() + " s: " + last);
    }

    /** Calls that got no answer or a 5xx, each followed by the same batch again. */
    public int retries() {
        return retries;
    }
}
