package io.backorder.contracts;

/**
 * Marks a record that is the {@code data} of a public event; {@link EventTypes} knows its type name, topic
 * and schema version.
 */
public interface EventData {
}
