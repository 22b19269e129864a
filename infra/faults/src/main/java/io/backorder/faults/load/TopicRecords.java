package io.backorder.faults.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics as they are now, from their start up to the end they had when reading began (what is appended
 * meanwhile, such as copies of what was read, is left out), without a consumer group.
 */
public final class TopicRecords {

    /** A record as read: its key, value and headers (the last value of each header name). */
    public record Read(String key, String value, Map<String, String> headers) {
    }

    static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private TopicRecords() {
    }

    public static List<Read> readAll(String bootstrapServers, String topic) {
        List<Read> records = new ArrayList<>();
        forEach(bootstrapServers, List.of(topic), record -> {
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null
                        : new String(header.value(), StandardCharsets.UTF_8));
            }
            records.add(new Read(record.key(), record.value(), headers));
        });
        return records;
    }

    /** Hands every record of {@code topics} up to their present end to {@code action}, in each partition's order. */
    public static void forEach(String bootstrapServers, List<String> topics,
                               Consumer<ConsumerRecord<String, String>> action) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "faults-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<TopicPartition> open = new ArrayList<>(partitions);
            open.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
            while (!open.isEmpty()) {
                consumer.assign(open);
                for (ConsumerRecord<String, String> record : consumer.poll(POLL_TIMEOUT)) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        action.accept(record);
                    }
                }
                open.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
            }
        }
    }
}
