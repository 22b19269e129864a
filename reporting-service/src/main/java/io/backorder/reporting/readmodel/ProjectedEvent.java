package io.backorder.reporting.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;

/** A record as reporting projects it: its envelope and its data as the contract record. */
record ProjectedEvent(EventEnvelope envelope, EventData data) {
}
