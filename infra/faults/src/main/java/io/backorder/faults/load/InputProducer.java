package io.backorder.faults.load;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the storefronts and scanners of a fault run: publishes records keyed as the contract says, idempotent with
 * acks=all, and patient: a send waits out a broker restart of up to {@link #PATIENCE} instead of failing, as a real
 * storefront's outbox would. {@link #flush()} says whether every record was acknowledged.
 */
public final class InputProducer implements AutoCloseable {

    /** How long a record may wait for the broker before the run counts it as lost. */
    static final Duration PATIENCE = Duration.ofMinutes(5);

    private final KafkaProducer<String, String> producer;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    public InputProducer(String bootstrapServers, String clientId) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(PATIENCE.toMillis()));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(PATIENCE.toMillis()));
        config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(config);
    }

    public void send(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    /** A record with headers: a copy of one read from a topic, sent again. */
    public void send(String topic, String key, String value, Iterable<Header> headers) {
        send(new ProducerRecord<>(topic, null, key, value, headers));
    }

    private void send(ProducerRecord<String, String> record) {
        producer.send(record, (metadata, exception) -> {
            if (exception != null) {
                failure.compareAndSet(null, exception);
            }
        });
        sent.incrementAndGet();
    }

    /**
     * Waits until every record sent so far is acknowledged.
     *
     * @throws IllegalStateException if the broker refused or lost one
     */
    public void flush() {
        producer.flush();
        Exception lost = failure.get();
        if (lost != null) {
            throw new IllegalStateException("a record was not acknowledged: " + lost, lost);
        }
    }

    public int sent() {
        return sent.get();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
