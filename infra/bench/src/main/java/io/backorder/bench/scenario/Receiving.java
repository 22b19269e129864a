package io.backorder.bench.scenario;

import io.backorder.bench.load.Scanners;
import io.backorder.bench.observe.EventCounter;
import io.backorder.bench.report.Numbers;
import java.util.Map;

/** Stock brought in by the scenarios' scanners, waited for until inventory has recorded every receipt. */
final class Receiving {

    private Receiving() {
    }

    /**
     * Sends one receipt per sku of {@code quantities} (ids {@code <receiptPrefix>-<sku>}) and waits for their
     * {@code StockReceived}.
     *
     * @throws IllegalStateException if not all are recorded within the context's timeout
     */
    static void receive(ScenarioContext context, String scenario, Map<String, Integer> quantities,
                        String receiptPrefix) throws InterruptedException {
        EventCounter received = new EventCounter("StockReceived",
                event -> event.data().path("receiptId").asText().startsWith(receiptPrefix));
        context.tap().addListener(received);
        try (Scanners scanners = new Scanners(context.stack().kafkaBootstrapServers())) {
            int sent = scanners.receive(quantities, receiptPrefix);
            context.progress(scenario, "scanners: " + Numbers.format(sent) + " receipts …");
            if (!received.await(sent, context.timeout())) {
                throw new IllegalStateException("only " + received.count() + " of " + sent
                        + " receipts were recorded within " + context.timeout().toSeconds() + " s");
            }
        } finally {
            context.tap().removeListener(received);
        }
    }
}
