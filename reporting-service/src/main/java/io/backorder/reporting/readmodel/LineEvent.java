package io.backorder.reporting.readmodel;

import java.time.Instant;

/**
 * What one inventory event does to an order line: its units change, and a backorder may give the
 * line its first reason and units backordered at import.
 *
 * @param firstReason    the backorder's reason, kept only if the line has none yet; null otherwise
 * @param neededAtImport units the import backordered for want of stock
 */
record LineEvent(LineKey line, String sku, LineDelta delta, Instant at, String firstReason, int neededAtImport) {

    static LineEvent of(String orderNumber, int lineNo, String sku, LineDelta delta, Instant at) {
        return new LineEvent(new LineKey(orderNumber, lineNo), sku, delta, at, null, 0);
    }
}
