package io.backorder.reporting.readmodel;

import io.backorder.contracts.Topics;

/**
 * The topics reporting projects, each read by its own inbox consumer (its channel in
 * application.properties, in consumer group {@link #GROUP}).
 */
public enum ProjectedTopic {
    PARAMETERS(Topics.PARAMETERS_EVENTS, "parameters-events"),
    ORDERS(Topics.ORDERS_EVENTS, "orders-events"),
    INVENTORY(Topics.INVENTORY_EVENTS, "inventory-events"),
    PURCHASING(Topics.PURCHASING_EVENTS, "purchasing-events");

    /** The consumer group of every projection channel. */
    public static final String GROUP = "reporting-service";

    private final String topic;
    private final String channel;

    ProjectedTopic(String topic, String channel) {
        this.topic = topic;
        this.channel = channel;
    }

    /** The projected topic of that name. */
    static ProjectedTopic ofTopic(String name) {
        for (ProjectedTopic topic : values()) {
            if (topic.topic.equals(name)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("reporting does not project " + name);
    }

    public String topic() {
        return topic;
    }

    public String channel() {
        return channel;
    }

    /** The inbox consumer's name: its processed-event rows and dead letters carry it. */
    public String consumer() {
        return GROUP + "." + channel;
    }
}
