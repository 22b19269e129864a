package io.backorder.testing;

import io.backorder.contracts.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka broker for the whole test JVM, started on first use: the server named by
 * {@code BACKORDER_TEST_KAFKA} when set, a Testcontainers broker where a Docker engine answers,
 * and otherwise an in-process KRaft broker (KafkaClusterTestKit, same version as the clients).
 */
public final class TestKafka {

    /** Partitions of every contract topic, so that tests see keyed partitioning at work. */
    public static final int PARTITIONS = 3;

    private static TestKafka instance;

    private final String bootstrapServers;
    private final String description;

    private TestKafka(String bootstrapServers, String description) {
        this.bootstrapServers = bootstrapServers;
        this.description = description;
    }

    public static synchronized TestKafka get() {
        if (instance == null) {
            instance = start();
            instance.createTopics(contractTopics(), PARTITIONS);
        }
        return instance;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public String toString() {
        return description + " at " + bootstrapServers;
    }

    /** Every topic of the contract and its dead-letter topic. */
    public static List<String> contractTopics() {
        List<String> topics = new ArrayList<>(Topics.ALL);
        Topics.ALL.forEach(topic -> topics.add(Topics.deadLetter(topic)));
        return topics;
    }

    public void createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1)).toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topics " + topics, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics " + topics, e);
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    private static TestKafka start() {
        String external = System.getenv("BACKORDER_TEST_KAFKA");
        if (external != null && !external.isBlank()) {
            return new TestKafka(external, "external Kafka");
        }
        if (DockerAvailability.answers()) {
            KafkaContainer container = new KafkaContainer("apache/kafka:" + kafkaVersion());
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-kafka-stop"));
            return new TestKafka(container.getBootstrapServers(), "Kafka in a container");
        }
        return startInProcess();
    }

    private static TestKafka startInProcess() {
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(brokerDirectory())
                    .build())
                    .setDeleteOnClose(false)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", String.valueOf(PARTITIONS))
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(cluster), "test-kafka-stop"));
            return new TestKafka(cluster.bootstrapServers(), "in-process Kafka");
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-process Kafka broker", e);
        }
    }

    /**
     * Under the module's target folder, which {@code mvn clean} removes: nothing else deletes it
     * under a broker that is still writing its checkpoints while the JVM shuts down.
     */
    private static java.nio.file.Path brokerDirectory() throws java.io.IOException {
        java.nio.file.Path target = java.nio.file.Path.of("target");
        java.nio.file.Path parent = java.nio.file.Files.isDirectory(target) ? target
                : java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        return java.nio.file.Files.createTempDirectory(parent, "test-kafka-");
    }

    private static String kafkaVersion() {
        return org.apache.kafka.common.utils.AppInfoParser.getVersion();
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        // The test JVM is ending: a broker fault during shutdown must not halt it with a failing exit code.
        org.apache.kafka.common.utils.Exit.setHaltProcedure((status, message) -> { });
        org.apache.kafka.common.utils.Exit.setExitProcedure((status, message) -> { });
        try {
            cluster.close();
        } catch (Exception ignored) {
            // the JVM is going away; the broker's temporary files go with the test kit
        }
    }
}
