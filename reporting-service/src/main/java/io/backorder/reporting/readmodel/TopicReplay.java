package io.backorder.reporting.readmodel;

import io.backorder.eventing.EventingException;
import io.backorder.eventing.IncomingRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its first record to the end it had when the reading started, batch by batch,
 * outside any consumer group (nothing is committed; the live consumers keep their offsets).
 */
public final class TopicReplay {

    private static final Duration POLL = Duration.ofMillis(500);
    /**
     * Each poll is projected as one batch in a few statements whatever its size: larger polls than the
     * client's 500 make fewer of them (the fetch sizes, 1 MB a partition, bound a poll to some thousands).
     */
    private static final int RECORDS_PER_POLL = 10_000;
    /**
     * How long the broker holds a fetch that finds nothing new. The reading stops at the end it saw first, so
     * waiting for more only delays it: closing the consumer waits out the fetch it has under way (the
     * client's 500 ms cost some 250-450 ms a topic, measured in the bench's rebuild).
     */
    private static final int FETCH_WAIT_MS = 10;
    /** How often the caller, waiting for the next batch, looks whether the reader has finished. */
    private static final long HAND_OVER_WAIT_MS = 50;

    private final String bootstrapServers;

    public TopicReplay(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Hands every record of the topic to {@code batch}, in each partition's order, each read first by {@code read};
     * answers how many. The topic is polled and its records read on a thread of its own, one batch ahead of the
     * caller's: while the caller writes a batch, the next one is fetched and decoded (about a fifth of a rebuild's
     * time before, measured with JFR in the bench's rebuild; the rest is writing).
     */
    public <T> long readAll(String topic, Function<IncomingRecord, T> read, Consumer<List<T>> batch) {
        // handed over, not queued: a batch in the writing and the next one read are all a replay holds
        BlockingQueue<List<T>> ahead = new SynchronousQueue<>();
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "rebuild-reader-" + topic);
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Long> reading = reader.submit(() -> poll(topic, read, ahead::put));
            while (true) {
                List<T> next = ahead.poll(HAND_OVER_WAIT_MS, TimeUnit.MILLISECONDS);
                if (next == null && reading.isDone()) {
                    // the reader may have handed over its last batch after the wait ran out
                    next = ahead.poll();
                    if (next == null) {
                        return reading.get();
                    }
                }
                if (next != null) {
                    batch.accept(next);
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new EventingException("reading " + topic + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventingException("interrupted while reading " + topic, e);
        } finally {
            // when the caller failed, the reader stops at its next hand-over or poll
            reader.shutdownNow();
        }
    }

    /** How the reader hands a poll's records over; waits while the caller is still busy with the batch before. */
    @FunctionalInterface
    private interface HandOver<T> {
        void accept(List<T> records) throws InterruptedException;
    }

    /** Reads each record as it is polled, so that only what {@code read} made of it is kept. */
    private <T> long poll(String topic, Function<IncomingRecord, T> read, HandOver<T> handOver)
            throws InterruptedException {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, RECORDS_PER_POLL);
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_WAIT_MS);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic);
            if (partitions == null || partitions.isEmpty()) {
                return 0;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            long handed = 0;
            while (!reachedEnd(consumer, end)) {
                List<T> records = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(read.apply(IncomingRecord.of(record)));
                    }
                }
                if (!records.isEmpty()) {
                    handOver.accept(records);
                    handed += records.size();
                }
            }
            return handed;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }
}
