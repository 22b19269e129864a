package io.backorder.bench.load;

import io.backorder.bench.observe.OrderTracker;
import io.backorder.bench.workload.PlannedOrder;
import io.backorder.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the storefronts: publishes orders on storefront.orders, keyed by storefrontOrderId as the contract says,
 * either all at once (a burst: the system takes them as fast as it can) or at a fixed rate.
 *
 * <p>At a fixed rate, an order's placement time is the moment it was due, not the moment it left: if this thread
 * falls behind, the delay counts against the system, so a stall cannot hide the orders that queued behind it
 * (the "coordinated omission" HdrHistogram's author warns about).
 */
public final class StorefrontLoad implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final OrderTracker tracker;

    public StorefrontLoad(String bootstrapServers, OrderTracker tracker) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-storefront");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        // a little batching for the burst; at a paced rate it adds at most this much to every latency
        config.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(config);
        this.tracker = tracker;
    }

    /** Sends every order as fast as the producer takes them; answers when all are acknowledged. */
    public void burst(List<PlannedOrder> orders) {
        int sequence = 0;
        for (PlannedOrder order : orders) {
            String json = OrderMessages.json(order, sequence++, Instant.now());
            tracker.placed(order.storefrontOrderId(), System.nanoTime());
            producer.send(new ProducerRecord<>(Topics.STOREFRONT_ORDERS, order.storefrontOrderId(), json));
        }
        producer.flush();
    }

    /**
     * Sends the orders at {@code perSecond}, each placed at its due time; answers when the last is acknowledged.
     *
     * @return how far behind schedule the last send was (zero if on time)
     */
    public Duration paced(List<PlannedOrder> orders, double perSecond) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("a rate must be positive, not " + perSecond);
        }
        long interval = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
        long start = System.nanoTime();
        long lag = 0;
        int sequence = 0;
        for (PlannedOrder order : orders) {
            long due = start + sequence * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            lag = Math.max(0, System.nanoTime() - due);
            String json = OrderMessages.json(order, sequence++, Instant.now());
            tracker.placed(order.storefrontOrderId(), due);
            producer.send(new ProducerRecord<>(Topics.STOREFRONT_ORDERS, order.storefrontOrderId(), json));
        }
        producer.flush();
        return Duration.ofNanos(lag);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
