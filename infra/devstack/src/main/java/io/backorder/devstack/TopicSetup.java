package io.backorder.devstack;

import io.backorder.contracts.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the contract's topics that do not exist yet: every topic of {@link Topics#ALL} with
 * {@value #PARTITIONS} partitions, kept without deletion (read models are rebuilt from them), and its dead-letter
 * twin with {@value #DEAD_LETTER_PARTITIONS}.
 */
final class TopicSetup {

    static final int PARTITIONS = 3;
    static final int DEAD_LETTER_PARTITIONS = 1;
    static final short REPLICATION_FACTOR = 1;
    static final long ADMIN_CALL_TIMEOUT_SECONDS = 15;

    private TopicSetup() {
    }

    /** Every topic the stack needs, as Kafka should create it. */
    static List<NewTopic> wanted() {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(new NewTopic(topic, PARTITIONS, REPLICATION_FACTOR)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
            topics.add(new NewTopic(Topics.deadLetter(topic), DEAD_LETTER_PARTITIONS, REPLICATION_FACTOR));
        }
        return topics;
    }

    /**
     * Creates what is missing.
     *
     * @return the names of the topics created now (empty if all existed)
     */
    static List<String> ensure(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(ADMIN_CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<NewTopic> missing = wanted().stream().filter(topic -> !existing.contains(topic.name())).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> result
                : admin.createTopics(missing).values().entrySet()) {
            try {
                result.getValue().get(ADMIN_CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                created.add(result.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                // a service's consumer or producer created it meanwhile
            }
        }
        return created;
    }
}
