package io.backorder.bench.observe;

import io.backorder.contracts.ContractException;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the services' topics as they are written and hands each event of a wanted type to its listeners, stamped
 * with the {@link System#nanoTime()} at which it was read: that is when an observer could first see it.
 *
 * <p>It assigns itself every partition (no consumer group: it must not take partitions from a service) and starts
 * at the end, so only what happens after {@link #start()} is seen. A record whose {@code eventType} header names a
 * type nobody wants is skipped without parsing, which keeps this JVM's share of the two cores small.
 */
public final class EventTap implements AutoCloseable {

    /** Gets the events of the types it names. Called on the tap's thread: keep it short. */
    public interface Listener {
        Set<String> types();

        void on(EventEnvelope event, long seenNanos);
    }

    static final Duration POLL_TIMEOUT = Duration.ofMillis(200);

    private final KafkaConsumer<String, String> consumer;
    private final List<String> topics;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong unreadable = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    public EventTap(String bootstrapServers, List<String> topics) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-tap-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        // committed events only: the services publish with an idempotent producer, not transactions, but a future
        // transactional relay must not show the bench what it rolled back
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(config);
        this.topics = List.copyOf(topics);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Positions at the end of every partition, then reads on its own thread. */
    public EventTap start() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // position() makes the seek happen now, before any load is sent, not lazily at the first poll
        partitions.forEach(consumer::position);
        running = true;
        thread = new Thread(this::run, "bench-event-tap");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(POLL_TIMEOUT);
                long seen = System.nanoTime();
                for (ConsumerRecord<String, String> record : records) {
                    dispatch(record, seen);
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void dispatch(ConsumerRecord<String, String> record, long seen) {
        String type = header(record, EventHeaders.EVENT_TYPE);
        if (type != null && listeners.stream().noneMatch(listener -> listener.types().contains(type))) {
            return;
        }
        EventEnvelope envelope;
        try {
            envelope = ContractJson.readEnvelope(record.value());
        } catch (ContractException e) {
            unreadable.incrementAndGet();
            return;
        }
        for (Listener listener : listeners) {
            if (listener.types().contains(envelope.type())) {
                listener.on(envelope, seen);
            }
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Records on the tapped topics that were not an event envelope (none expected). */
    public long unreadable() {
        return unreadable.get();
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
