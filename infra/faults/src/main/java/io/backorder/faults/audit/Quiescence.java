package io.backorder.faults.audit;

import io.backorder.contracts.Topics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the services have nothing left to do: each service's consumer group has committed every record of the
 * topics it reads, neither outbox holds an unsent event, and neither event store grew since the last look. Only then
 * does an audit mean anything: before, a unit may be on its way from one service to the other.
 *
 * <p>Offsets are committed a few seconds after the records were handled (the connector's throttled commits), so
 * "quiet" is seen up to that much later than it was reached.
 */
public final class Quiescence implements AutoCloseable {

    /** The consumer groups of the services and the topics each reads (as their application.properties say). */
    public static final Map<String, List<String>> GROUPS = Map.of(
            "order-service", List.of(Topics.STOREFRONT_ORDERS, Topics.INVENTORY_EVENTS),
            "inventory-service", List.of(Topics.ORDERS_EVENTS, Topics.WAREHOUSE_RECEIPTS));
    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    static final long ADMIN_TIMEOUT_SECONDS = 15;

    /** Where things stood at the last look. */
    public record State(long lag, long unpublished, long events) {

        boolean idle() {
            return lag == 0 && unpublished == 0;
        }

        @Override
        public String toString() {
            return lag + " records not yet consumed, " + unpublished + " events not yet published, " + events
                    + " events stored";
        }
    }

    /** Whether quiet came within the time given, after how long, and the last state seen. */
    public record Outcome(boolean quiet, Duration took, State last) {
    }

    private final AuditTarget target;
    private final Admin admin;

    public Quiescence(AuditTarget target) {
        this.target = target;
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, target.kafkaBootstrapServers());
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "faults-quiescence");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        this.admin = Admin.create(properties);
    }

    /** Waits up to {@code timeout} for two looks in a row that find nothing to do and the same events stored. */
    public Outcome await(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        State previous = null;
        State last = null;
        while (true) {
            try {
                last = look();
                if (last.idle() && previous != null && previous.idle() && previous.events() == last.events()) {
                    return new Outcome(true, Duration.ofNanos(System.nanoTime() - start), last);
                }
                previous = last;
            } catch (SQLException | ExecutionException | TimeoutException e) {
                // a part is down or restarting: not quiet, look again
                previous = null;
            }
            if (System.nanoTime() > deadline) {
                return new Outcome(false, Duration.ofNanos(System.nanoTime() - start), last);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** One look at the consumers' lag and the outboxes. */
    public State look() throws SQLException, ExecutionException, TimeoutException, InterruptedException {
        long lag = 0;
        for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
            lag += lag(group.getKey(), group.getValue());
        }
        long unpublished = 0;
        long events = 0;
        for (String database : List.of(AuditTarget.ORDERS_DATABASE, AuditTarget.INVENTORY_DATABASE)) {
            try (Connection connection = target.databases().connect(database);
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("""
                         select (select count(*) from outbox where published_at is null and failed_at is null),
                                (select count(*) from event_store)""")) {
                rs.next();
                unpublished += rs.getLong(1);
                events += rs.getLong(2);
            }
        }
        return new State(lag, unpublished, events);
    }

    /** Records of {@code topics} past what {@code group} committed (all of a partition it never committed on). */
    long lag(String group, List<String> topics) throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((topic, description) -> description.partitions().forEach(partition ->
                        ends.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> endOffsets = admin.listOffsets(ends).all()
                .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : endOffsets.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
