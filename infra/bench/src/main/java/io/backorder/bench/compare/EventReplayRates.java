package io.backorder.bench.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventTypes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * How fast the raw material of a projection rebuild can be read and decoded, measured from outside the services:
 * a service's event store read in position order with the events decoded into their contract records (a rebuild of
 * its own read models starts so), and the contract topics read from the beginning with the same decoding (a view of
 * another service's events is rebuilt so). No projection is written: these are upper bounds for a rebuild, not a
 * rebuild.
 */
public final class EventReplayRates {

    static final int FETCH_SIZE = 2000;

    private EventReplayRates() {
    }

    /** @param events how many were read; @param seconds how long reading and decoding took */
    public record Rate(long events, double seconds) {
        public double perSecond() {
            return seconds <= 0 ? 0 : events / seconds;
        }
    }

    /** Reads {@code database}'s whole event store, in position order, decoding every event. */
    public static Rate eventStore(DatabaseAccess access, String database) throws SQLException {
        try (Connection connection = access.connect(database)) {
            // a cursor (fetch size) needs a transaction in the PostgreSQL driver; without it every row is loaded at once
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            long events = 0;
            try (PreparedStatement read = connection.prepareStatement(
                    "select event_type, data::text from event_store order by global_position")) {
                read.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        decode(rows.getString(1), ContractJson.mapper().readTree(rows.getString(2)));
                        events++;
                    }
                }
            } catch (JsonProcessingException e) {
                throw new SQLException("an event of " + database + " is not JSON: " + e.getOriginalMessage(), e);
            }
            connection.commit();
            return new Rate(events, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Reads {@code topics} from the beginning to their current end, decoding every envelope and its data. */
    public static Rate topics(String bootstrapServers, List<String> topics) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
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
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long wanted = end.values().stream().mapToLong(Long::longValue).sum();
            long start = System.nanoTime();
            long events = 0;
            long deadline = start + Duration.ofMinutes(5).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    EventEnvelope envelope = ContractJson.readEnvelope(record.value());
                    decode(envelope.type(), envelope.data());
                    events++;
                }
            }
            if (events < wanted) {
                throw new IllegalStateException("read " + events + " of " + wanted + " events within 5 minutes");
            }
            return new Rate(events, (System.nanoTime() - start) / 1e9);
        }
    }

    private static void decode(String type, JsonNode data) {
        EventTypes.find(type).ifPresent(dataClass -> ContractJson.fromData(data, dataClass));
    }
}
