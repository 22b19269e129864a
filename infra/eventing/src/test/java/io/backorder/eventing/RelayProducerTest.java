package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RelayProducerTest {

    @Test
    void the_relay_reaches_the_cluster_with_the_service_s_tls_and_sasl_settings_and_none_of_its_consumer_tuning() {
        Map<String, Object> kafkaSettings = Map.of(
                "bootstrap.servers", "backorder-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka-ca/ca.p12",
                "auto.offset.reset", "earliest",
                "max.poll.records", "500");

        Properties relay = RelayProducer.properties(RelayProducer.connectionSettings(kafkaSettings), "relay");

        assertThat(relay).containsEntry("bootstrap.servers", "backorder-kafka-bootstrap:9093")
                .containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsKey("sasl.jaas.config").containsEntry("ssl.truststore.location", "/etc/kafka-ca/ca.p12")
                .containsEntry("acks", "all").containsEntry("client.id", "relay")
                .doesNotContainKeys("auto.offset.reset", "max.poll.records");
    }
}
