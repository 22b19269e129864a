package io.backorder.bench.compare;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The raw Kafka ceiling on the stack's broker: how many messages of the orders' size go through a topic like the
 * contract's (3 partitions) with the services' producer settings (acks=all, idempotent), with nothing else done.
 * The system moves every order through Kafka at least three times (storefront.orders, orders.events,
 * inventory.events), so its throughput cannot come near this; the figure says how far Kafka itself is from being
 * the limit.
 */
public final class KafkaCeiling {

    static final int PARTITIONS = 3;

    private final String bootstrapServers;

    public KafkaCeiling(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * @param producedPerSecond acknowledged sends per second
     * @param consumedPerSecond messages per second one consumer read back, the whole topic from the start
     * @param shortfall         empty, or why the figures are not the ceiling: sends the broker did not acknowledge
     *                          (they expire after the producer's delivery timeout, which then is what was timed), or
     *                          messages the consumer did not read back within its deadline
     */
    public record Result(int messages, int messageBytes, double producedPerSecond, double consumedPerSecond,
                         String shortfall) {
    }

    private record Timed(double perSecond, String shortfall) {
    }

    public Result run(int messages, int messageBytes) throws Exception {
        String topic = "bench.ceiling." + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try {
                Timed produced = produce(topic, messages, messageBytes);
                Timed consumed = consume(topic, messages);
                return new Result(messages, messageBytes, produced.perSecond(), consumed.perSecond(),
                        String.join("; ", Stream.of(produced.shortfall(), consumed.shortfall())
                                .filter(shortfall -> !shortfall.isEmpty()).toList()));
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private Timed produce(String topic, int messages, int messageBytes) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        byte[] payload = new byte[messageBytes];
        Arrays.fill(payload, (byte) 'x');
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            // one message to each partition first, untimed and acknowledged: fetching metadata and a producer id is
            // not throughput, and a batch sent to a partition of the new topic before its leader took it was refused,
            // then refused again for its sequence once the next batch had gone through (OutOfOrderSequenceException
            // for two minutes, 2026-11-30)
            for (int partition = 0; partition < PARTITIONS; partition++) {
                producer.send(new ProducerRecord<>(topic, partition, "warm-up", payload)).get(60, TimeUnit.SECONDS);
            }
            AtomicInteger failed = new AtomicInteger();
            AtomicReference<Exception> firstFailure = new AtomicReference<>();
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                // keys like the storefront's: spread over the partitions
                producer.send(new ProducerRecord<>(topic, "key-" + i, payload), (metadata, failure) -> {
                    if (failure != null) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, failure);
                    }
                });
            }
            producer.flush();
            double perSecond = (messages - failed.get()) / ((System.nanoTime() - start) / 1e9);
            return new Timed(perSecond, failed.get() == 0 ? "" : failed.get() + " of " + messages
                    + " sends not acknowledged (" + firstFailure.get() + ")");
        }
    }

    private Timed consume(String topic, int messages) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            // timed from the first records: connecting and finding the partitions' leaders is not throughput
            long start = 0;
            int read = 0;
            int wanted = messages + PARTITIONS; // and the warm-up messages
            while (read < wanted && System.nanoTime() < deadline) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (start == 0 && !records.isEmpty()) {
                    start = System.nanoTime();
                }
                read += records.count();
            }
            double perSecond = start == 0 ? 0 : read / ((System.nanoTime() - start) / 1e9);
            return new Timed(perSecond, read >= wanted ? "" : "read back " + read + " of " + wanted
                    + " messages within 2 minutes");
        }
    }
}
