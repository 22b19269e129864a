package io.backorder.faults.inject;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Resets a consumer group to the earliest offset of the topics it reads, as an operator would with
 * {@code kafka-consumer-groups --reset-offsets --to-earliest}: its consumers read everything again from the start.
 * Kafka changes the offsets of an empty group only, so the group's services must be stopped first.
 */
public final class ConsumerGroupReset {

    static final long TIMEOUT_SECONDS = 30;

    private ConsumerGroupReset() {
    }

    /**
     * @return the records the group will read again (the sum of the partitions' end offsets)
     * @throws IllegalStateException if the group still has members after {@code memberWait}
     */
    public static long toEarliest(String bootstrapServers, String group, List<String> topics, Duration memberWait)
            throws ExecutionException, TimeoutException, InterruptedException {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "faults-group-reset");
        try (Admin admin = Admin.create(properties)) {
            awaitEmpty(admin, group, memberWait);
            Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
            Map<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .forEach((topic, description) -> description.partitions().forEach(partition -> {
                        TopicPartition tp = new TopicPartition(topic, partition.partition());
                        earliest.put(tp, new OffsetAndMetadata(0));
                        latest.put(tp, org.apache.kafka.clients.admin.OffsetSpec.latest());
                    }));
            admin.alterConsumerGroupOffsets(group, earliest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).sum();
        }
    }

    private static void awaitEmpty(Admin admin, String group, Duration wait)
            throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups()
                    .get(group).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (description.members().isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("consumer group " + group + " still has " + description.members().size()
                        + " member(s); stop its services first");
            }
            Thread.sleep(200);
        }
    }
}
