package io.backorder.reporting.readmodel;

import java.time.Instant;

/**
 * A change of the backlog, a row of {@code rm_backlog_change}: units needed, and +1 / -1 for a
 * line or an order that started or stopped waiting.
 */
record BacklogChange(Instant at, int units, int lines, int orders) {
}
