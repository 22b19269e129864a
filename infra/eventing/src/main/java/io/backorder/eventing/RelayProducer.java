package io.backorder.eventing;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** The producer settings the outbox relay needs: nothing acknowledged that a broker could lose, no reordering on retry. */
public final class RelayProducer {

    private RelayProducer() {
    }

    public static Properties properties(String bootstrapServers, String clientId) {
        return properties(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), clientId);
    }

    /**
     * @param connection where the cluster is and how to reach it: bootstrap servers and, where the
     *                   cluster asks for them, TLS and SASL settings ({@link #connectionSettings})
     */
    public static Properties properties(Map<String, ?> connection, String clientId) {
        Properties properties = new Properties();
        properties.putAll(connection);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Within the relay's default send timeout (30 s), so a round does not give up on a send still under way.
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "20000");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        // A send to a topic the cluster does not know waits this long for its metadata, holding up the
        // round's other rows; the relay then asks the cluster and sets such rows aside (OutboxRelay).
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return properties;
    }

    /**
     * Of a service's Kafka settings (every {@code kafka.*} property, prefix dropped), those that say
     * how to reach the cluster, the same for every client: bootstrap servers, security protocol,
     * SASL and TLS. A consumer's or a producer's own tuning stays out.
     */
    public static Map<String, Object> connectionSettings(Map<String, ?> kafkaSettings) {
        Map<String, Object> connection = new TreeMap<>();
        kafkaSettings.forEach((name, value) -> {
            if (name.equals(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) || name.equals(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG)
                    || name.startsWith("sasl.") || name.startsWith("ssl.")) {
                connection.put(name, value);
            }
        });
        return connection;
    }
}
