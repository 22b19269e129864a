package io.backorder.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.Topics;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class KafkaBrokerConfigTest {

    private static Properties load(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }

    @Test
    void serverPropertiesDescribeASingleCombinedKraftNodeOnLoopback() throws IOException {
        Properties server = load(new KafkaBrokerConfig(9192, 9193, Path.of("/run/kafka/data")).serverProperties());

        assertThat(server.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(server.getProperty("node.id")).isEqualTo("1");
        assertThat(server.getProperty("controller.quorum.bootstrap.servers")).isEqualTo("127.0.0.1:9193");
        assertThat(server.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9192,CONTROLLER://127.0.0.1:9193");
        assertThat(server.getProperty("controller.listener.names")).isEqualTo("CONTROLLER");
        assertThat(server.getProperty("inter.broker.listener.name")).isEqualTo("PLAINTEXT");
        assertThat(server.getProperty("log.dirs")).isEqualTo("/run/kafka/data");
        assertThat(server.getProperty("num.partitions")).isEqualTo("3");
        assertThat(server.getProperty("auto.create.topics.enable")).isEqualTo("true");
        assertThat(server.getProperty("group.initial.rebalance.delay.ms")).isEqualTo("0");
        assertThat(server.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(server.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
        assertThat(server.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
        assertThat(server.getProperty("default.replication.factor")).isEqualTo("1");
        assertThat(server.getProperty("min.insync.replicas")).isEqualTo("1");
    }

    @Test
    void theBrokerLogsToItsConsoleWhichIsItsLogFile() throws IOException {
        Properties log4j2 = load(KafkaBrokerConfig.log4j2Properties());

        assertThat(log4j2.getProperty("appender.console.type")).isEqualTo("Console");
        assertThat(log4j2.getProperty("rootLogger.level")).isEqualTo("INFO");
        assertThat(log4j2.getProperty("logger.request.level")).isEqualTo("WARN");
    }

    @Test
    void everyContractTopicGetsThreePartitionsAndADeadLetterTopicWithOne() {
        assertThat(TopicSetup.wanted()).hasSize(Topics.ALL.size() * 2);
        for (String topic : Topics.ALL) {
            NewTopic main = TopicSetup.wanted().stream().filter(t -> t.name().equals(topic)).findFirst().orElseThrow();
            NewTopic dlq = TopicSetup.wanted().stream().filter(t -> t.name().equals(topic + ".dlq")).findFirst()
                    .orElseThrow();
            assertThat(main.numPartitions()).isEqualTo(3);
            assertThat(main.configs()).containsEntry("retention.ms", "-1");
            assertThat(dlq.numPartitions()).isEqualTo(1);
        }
    }

    @Test
    void storageCountsAsFormattedOnceItHasMetaProperties(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        assertThat(KafkaBroker.isFormatted(dir)).isFalse();
        java.nio.file.Files.writeString(dir.resolve("meta.properties"), "node.id=1\n");
        assertThat(KafkaBroker.isFormatted(dir)).isTrue();
    }
}
