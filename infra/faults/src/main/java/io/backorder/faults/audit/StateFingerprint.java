package io.backorder.faults.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A digest of everything the services hold as state (event stores, views, receipts, dead letters, outboxes), taken
 * to show that something changed nothing: messages delivered again, a consumer group read again from the start. The
 * inbox ({@code processed_event}) is left out on purpose: a record without an envelope is known by its place in the
 * log, so a copy of it at a new offset is a new inbox row, and must be all it is.
 */
public record StateFingerprint(Map<String, String> parts) {

    /** Table → how its digest is taken, per database; every table is ordered by its key. */
    private static final Map<String, Map<String, String>> DIGESTS = Map.of(
            AuditTarget.INVENTORY_DATABASE, digests(
                    "event_store", "select count(*) || '/' || coalesce(max(global_position), 0) from event_store",
                    "item_view", digest("item_view", "sku"),
                    "line_allocation", digest("line_allocation", "order_number, line_no"),
                    "order_placement", digest("order_placement", "order_number"),
                    "receipt", digest("(select receipt_id, sku, quantity, po_number from receipt)", "receipt_id"),
                    "dead_letter", "select count(*) from dead_letter",
                    "outbox", "select count(*) from outbox"),
            AuditTarget.ORDERS_DATABASE, digests(
                    "event_store", "select count(*) || '/' || coalesce(max(global_position), 0) from event_store",
                    "order_view", digest("order_view", "order_number"),
                    "order_line_view", digest("order_line_view", "order_number, line_no"),
                    "storefront_order", digest("storefront_order", "storefront_order_id"),
                    "fill_split", digest("fill_split", "original_order_number, fill_id"),
                    "dead_letter", "select count(*) from dead_letter",
                    "outbox", "select count(*) from outbox"));

    private static Map<String, String> digests(String... tableAndQuery) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (int i = 0; i < tableAndQuery.length; i += 2) {
            digests.put(tableAndQuery[i], tableAndQuery[i + 1]);
        }
        return digests;
    }

    private static String digest(String table, String orderBy) {
        return "select count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, '|' order by " + orderBy
                + ")), '-') from " + table + " t";
    }

    public static StateFingerprint take(AuditTarget target) throws SQLException {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String database : List.of(AuditTarget.INVENTORY_DATABASE, AuditTarget.ORDERS_DATABASE)) {
            try (Connection connection = target.databases().connect(database)) {
                StoreReading.inOneSnapshot(connection, () -> {
                    try (Statement statement = connection.createStatement()) {
                        for (Map.Entry<String, String> table : DIGESTS.get(database).entrySet()) {
                            try (ResultSet rs = statement.executeQuery(table.getValue())) {
                                rs.next();
                                parts.put(database + "." + table.getKey(), rs.getString(1));
                            }
                        }
                    }
                    return null;
                });
            }
        }
        return new StateFingerprint(Map.copyOf(parts));
    }

    /** Each table whose digest differs from {@code before}'s, with both digests; empty when nothing changed. */
    public List<String> changesSince(StateFingerprint before) {
        List<String> changes = new ArrayList<>();
        new java.util.TreeMap<>(parts).forEach((table, digest) -> {
            String earlier = before.parts().get(table);
            if (!digest.equals(earlier)) {
                changes.add(table + ": " + earlier + " → " + digest);
            }
        });
        return changes;
    }
}
