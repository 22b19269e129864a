package io.backorder.order;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.ShipmentLineRefused;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.contracts.orders.ShipmentRequested;
import io.backorder.testing.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Plays inventory-service's part in shipping for order-service's tests: it answers every line of a
 * {@link ShipmentRequested} with {@link StockShipped} for all the units asked, except where a test
 * said the line holds fewer (or none: then {@link ShipmentLineRefused}), and leaves alone the
 * orders a test wants to answer itself.
 */
public final class InventoryStandIn {

    private static final Map<String, Integer> HOLDINGS = new ConcurrentHashMap<>();
    private static final Set<String> SILENT_FOR = ConcurrentHashMap.newKeySet();
    private static volatile boolean started;

    private InventoryStandIn() {
    }

    /** Starts answering shipments (once per test JVM); every test that ships calls it first. */
    public static synchronized void answerShipments() {
        if (started) {
            return;
        }
        Thread thread = new Thread(InventoryStandIn::run, "inventory-stand-in");
        thread.setDaemon(true);
        thread.start();
        started = true;
    }

    /** The line holds only this many units: a shipment gets at most these, and none means a refusal. */
    public static void holds(String orderNumber, int lineNo, int units) {
        HOLDINGS.put(orderNumber + "/" + lineNo, units);
    }

    /** Shipments of this order are not answered: the test answers them, or not at all. */
    public static void silentFor(String orderNumber) {
        SILENT_FOR.add(orderNumber);
    }

    private static void run() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "inventory-stand-in");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(Topics.ORDERS_EVENTS));
            while (true) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    EventData data = ContractJson.dataOf(ContractJson.readEnvelope(record.value()));
                    if (data instanceof ShipmentRequested request && !SILENT_FOR.contains(request.orderNumber())) {
                        request.lines().forEach(line -> InventoryEvents.publish(answer(request, line)));
                    }
                }
            }
        }
    }

    private static EventData answer(ShipmentRequested request, ShipmentRequested.Line line) {
        int held = HOLDINGS.getOrDefault(request.orderNumber() + "/" + line.lineNo(), line.quantity());
        int shipped = Math.min(held, line.quantity());
        return shipped == 0
                ? new ShipmentLineRefused(line.sku(), request.orderNumber(), line.lineNo(), request.shipmentId(),
                        line.quantity(), "order " + request.orderNumber() + " line " + line.lineNo()
                                + " holds no units of " + line.sku() + " to ship")
                : new StockShipped(line.sku(), request.orderNumber(), line.lineNo(), shipped, 0, request.shipmentId());
    }
}
