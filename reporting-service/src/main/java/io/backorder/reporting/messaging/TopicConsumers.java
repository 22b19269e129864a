package io.backorder.reporting.messaging;

import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.quarkus.InboxConsumers;
import io.backorder.reporting.readmodel.LiveChanges;
import io.backorder.reporting.readmodel.ProjectedTopic;
import io.backorder.reporting.readmodel.ProjectionBatch;
import io.backorder.reporting.readmodel.ProjectionGate;
import io.backorder.reporting.readmodel.Projections;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reporting's consumers, one inbox consumer per projected topic: each batch is projected in one
 * transaction, a few statements for all its records ({@link RunProjection}), then open console
 * pages hear that something changed.
 */
@Startup // registered with InboxConsumers before any record comes, so that its dead letters can be retried
@ApplicationScoped
public class TopicConsumers {

    private final Map<ProjectedTopic, InboxConsumer> inboxes = new EnumMap<>(ProjectedTopic.class);
    private final Projections projections;
    private final ProjectionGate gate;
    private final LiveChanges changes;

    TopicConsumers(InboxConsumers consumers, Projections projections, ProjectionGate gate, LiveChanges changes) {
        this.projections = projections;
        this.gate = gate;
        this.changes = changes;
        for (ProjectedTopic topic : ProjectedTopic.values()) {
            // what a dead letter sent again goes through: a batch of its own
            inboxes.put(topic, consumers.named(topic.consumer(), (connection, record) -> {
                ProjectionBatch alone = projections.batch(topic);
                alone.add(record);
                alone.write(connection);
            }));
        }
    }

    @Incoming("orders-events")
    @Blocking
    public void orders(ConsumerRecords<String, String> polled) {
        consume(ProjectedTopic.ORDERS, polled);
    }

    @Incoming("inventory-events")
    @Blocking
    public void inventory(ConsumerRecords<String, String> polled) {
        consume(ProjectedTopic.INVENTORY, polled);
    }

    @Incoming("purchasing-events")
    @Blocking
    public void purchasing(ConsumerRecords<String, String> polled) {
        consume(ProjectedTopic.PURCHASING, polled);
    }

    @Incoming("parameters-events")
    @Blocking
    public void parameters(ConsumerRecords<String, String> polled) {
        consume(ProjectedTopic.PARAMETERS, polled);
    }

    private void consume(ProjectedTopic topic, ConsumerRecords<String, String> polled) {
        gate.whileOpen(() -> inboxes.get(topic).consume(polled, new RunProjection(projections, topic)));
        changes.committed(topic.topic(), polled.count());
    }
}
