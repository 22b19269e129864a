package io.backorder.reporting.readmodel;

import io.backorder.contracts.EventData;
import java.time.Instant;

/**
 * A record as reporting projects it: its event id, when it happened and its data as the contract record. The
 * envelope's JSON tree is not kept: a rebuild holds two batches of 10,000 of these at a time.
 */
record ProjectedEvent(String eventId, Instant occurredAt, EventData data) {
}
