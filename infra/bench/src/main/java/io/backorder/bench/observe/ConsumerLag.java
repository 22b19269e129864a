package io.backorder.bench.observe;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the services' consumer groups are behind the ends of the topics they read: what the stack still has to
 * digest after the decisions a scenario waited for (purchasing and reporting follow inventory.events on their own
 * pace). A phase that times the stack waits for 0 first, so that it measures itself and not the backlog of the phase
 * before.
 */
public final class ConsumerLag implements AutoCloseable {

    /** Two readings of 0 this far apart: committed offsets may trail the handled records by a commit interval. */
    static final Duration STEADY = Duration.ofSeconds(1);

    private final Admin admin;

    public ConsumerLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Records not yet committed by the services' groups, summed over the groups and the partitions they read. */
    public long total() throws Exception {
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        Map<TopicPartition, OffsetSpec> read = new HashMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
            if (!group.groupId().startsWith("bench")) {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                committed.put(group.groupId(), offsets);
                offsets.keySet().forEach(partition -> read.put(partition, OffsetSpec.latest()));
            }
        }
        if (read.isEmpty()) {
            return 0;
        }
        var ends = admin.listOffsets(read).all().get(30, TimeUnit.SECONDS);
        long lag = 0;
        for (Map<TopicPartition, OffsetAndMetadata> offsets : committed.values()) {
            for (var offset : offsets.entrySet()) {
                long at = offset.getValue() == null ? 0 : offset.getValue().offset();
                lag += Math.max(0, ends.get(offset.getKey()).offset() - at);
            }
        }
        return lag;
    }

    /**
     * Waits until every group has caught up (two readings of 0, {@link #STEADY} apart).
     *
     * @return how long that took, or null if the lag was not 0 within {@code timeout}
     */
    public Duration awaitCaughtUp(Duration timeout) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        boolean zeroBefore = false;
        while (System.nanoTime() < deadline) {
            boolean zero = total() == 0;
            if (zero && zeroBefore) {
                return Duration.ofNanos(System.nanoTime() - start).minus(STEADY);
            }
            zeroBefore = zero;
            Thread.sleep(STEADY.toMillis());
        }
        return null;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
