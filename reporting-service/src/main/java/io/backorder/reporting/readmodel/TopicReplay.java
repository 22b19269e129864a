package io.backorder.reporting.readmodel;

import io.backorder.eventing.EventingException;
import io.backorder.eventing.IncomingRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Reads topics from their first record to the end they had when the reading started, a poll at a time,
 * outside any consumer group (nothing is committed; the live consumers keep their offsets). One consumer
 * reads them all: a consumer of each in turn spent some 100 ms setting up for every topic, and the caller
 * waited for each one's first batch while the reader waited for the caller to take the last.
 */
public final class TopicReplay {

    /** A poll's records of one topic, in each partition's order. */
    public record TopicBatch<T>(String topic, List<T> records) {
    }

    /** The reader thread's name. */
    static final String READER_THREAD = "rebuild-reader";
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
     * Hands every record of the topics to {@code batch}, a poll's records of each topic together, in each
     * partition's order, each read first by {@code read}; answers how many. The topics are polled and their records
     * read on a thread of its own, one poll ahead of the caller's: while the caller writes a poll's batches, the
     * next poll is fetched and decoded (about a fifth of a rebuild's time before, measured with JFR in the bench's
     * rebuild; the rest is writing).
     */
    public <T> long readAll(List<String> topics, Function<IncomingRecord, T> read, Consumer<TopicBatch<T>> batch) {
        // handed over, not queued: a poll in the writing and the next one read are all a replay holds
        BlockingQueue<List<TopicBatch<T>>> ahead = new SynchronousQueue<>();
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, READER_THREAD);
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Long> reading = reader.submit(() -> poll(topics, read, ahead::put));
            while (true) {
                List<TopicBatch<T>> next = ahead.poll(HAND_OVER_WAIT_MS, TimeUnit.MILLISECONDS);
                if (next == null && reading.isDone()) {
                    // the reader may have handed over its last poll after the wait ran out
                    next = ahead.poll();
                    if (next == null) {
                        return reading.get();
                    }
                }
                if (next != null) {
                    next.forEach(batch);
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new EventingException("reading " + topics + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventingException("interrupted while reading " + topics, e);
        } finally {
            // when the caller failed, the reader stops at its next hand-over or poll
            reader.shutdownNow();
        }
    }

    /** How the reader hands a poll's records over; waits while the caller is still busy with the poll before. */
    @FunctionalInterface
    private interface HandOver<T> {
        void accept(List<TopicBatch<T>> batches) throws InterruptedException;
    }

    /** Reads each record as it is polled, so that only what {@code read} made of it is kept. */
    private <T> long poll(List<String> topics, Function<IncomingRecord, T> read, HandOver<T> handOver)
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
            List<TopicPartition> assigned = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> partitions = consumer.partitionsFor(topic);
                if (partitions != null) {
                    partitions.forEach(info -> assigned.add(new TopicPartition(topic, info.partition())));
                }
            }
            if (assigned.isEmpty()) {
                return 0;
            }
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            long handed = 0;
            while (!reachedEnd(consumer, end)) {
                Map<String, List<T>> byTopic = new LinkedHashMap<>();
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        byTopic.computeIfAbsent(record.topic(), topic -> new ArrayList<>())
                                .add(read.apply(IncomingRecord.of(record)));
                        handed++;
                    }
                }
                if (!byTopic.isEmpty()) {
                    handOver.accept(byTopic.entrySet().stream()
                            .map(topic -> new TopicBatch<>(topic.getKey(), topic.getValue())).toList());
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
