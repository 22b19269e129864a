package io.backorder.reporting.readmodel;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How far each projection is behind its topic: the records on the topic past what reporting's
 * consumer group committed. Commits follow processing by up to the connector's commit interval,
 * so a projection just caught up may show a small lag for a few seconds.
 */
@ApplicationScoped
public class ProjectionStatus {

    private static final long TIMEOUT_SECONDS = 10;

    /** One topic: records on it, records reporting has committed, the difference. */
    public record TopicLag(String topic, String consumer, long endOffset, long committedOffset, long lag) {
    }

    private final Admin admin;

    ProjectionStatus(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "reporting-projection-status");
        this.admin = Admin.create(properties);
    }

    public List<TopicLag> lags() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ProjectedTopic.GROUP)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            // A topic nobody has written to yet may not exist: it is behind by nothing.
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> names = Arrays.stream(ProjectedTopic.values()).map(ProjectedTopic::topic)
                    .filter(existing::contains).toList();
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            topics.values().forEach(description -> description.partitions().forEach(partition ->
                    latest.put(new TopicPartition(description.name(), partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<TopicLag> lags = new ArrayList<>();
            for (ProjectedTopic topic : ProjectedTopic.values()) {
                long end = 0;
                long done = 0;
                for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> partition : ends.entrySet()) {
                    if (partition.getKey().topic().equals(topic.topic())) {
                        end += partition.getValue().offset();
                        OffsetAndMetadata offset = committed.get(partition.getKey());
                        done += offset == null ? 0 : offset.offset();
                    }
                }
                lags.add(new TopicLag(topic.topic(), topic.consumer(), end, done, end - done));
            }
            return lags;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not tell the offsets: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka for offsets", e);
        }
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
