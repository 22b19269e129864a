package io.backorder.faults.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@link InventoryFacts} from inventory-service's database in one repeatable-read transaction, so that the
 * event sums and the views are of one moment. The sums are made by PostgreSQL (jsonb fields of {@code event_store}),
 * so a run of 10,000 receipts costs a handful of statements.
 */
final class InventoryFactsReader {

    private static final String ITEMS = """
            with sums as (
                select aggregate_id as sku,
                       coalesce(sum((data->>'delta')::int) filter (where event_type = 'StockAdjusted'
                                and data->>'reason' = 'initial quantity'), 0) as initial,
                       coalesce(sum((data->>'quantity')::int) filter (where event_type = 'StockReceived'), 0) as received,
                       coalesce(sum((data->>'delta')::int) filter (where event_type = 'StockAdjusted'
                                and data->>'reason' is distinct from 'initial quantity'), 0) as adjusted,
                       coalesce(sum((data->>'quantity')::int) filter (where event_type = 'StockShipped'), 0) as shipped
                  from event_store where aggregate_type = 'StockItem' group by aggregate_id
            ), lines as (
                select sku, sum(allocated) as allocated, sum(needed) filter (where replenishable) as needed
                  from line_allocation group by sku
            )
            select coalesce(s.sku, v.sku) as sku, coalesce(s.initial, 0), coalesce(s.received, 0),
                   coalesce(s.adjusted, 0), coalesce(s.shipped, 0), coalesce(v.tracked, true), v.on_hand, v.allocated,
                   v.backordered, coalesce(l.allocated, 0), coalesce(l.needed, 0)
              from sums s full join item_view v on v.sku = s.sku left join lines l on l.sku = coalesce(s.sku, v.sku)""";

    /** Per line, what its events say beyond the view: shipped, released at the order's cancellation, split. */
    private static final String LINE_EVENTS = """
            select data->>'orderNumber', (data->>'lineNo')::int,
                   coalesce(sum((data->>'quantity')::int) filter (where event_type = 'StockShipped'), 0),
                   coalesce(sum((data->>'quantity')::int) filter (where event_type = 'AllocationReleased'
                            and data->>'reason' = 'ORDER_CANCELLED'), 0),
                   coalesce(sum((data->>'quantityFilled')::int) filter (where event_type = 'BackorderFilled'
                            and (data->>'forSplit')::boolean), 0)
              from event_store
             where event_type in ('StockShipped', 'AllocationReleased', 'BackorderFilled')
             group by 1, 2""";

    private static final String TRANSFERS = """
            select data->>'fromOrderNumber', (data->>'fromLineNo')::int, sum((data->>'quantity')::int)
              from event_store where event_type = 'AllocationTransferred' group by 1, 2""";

    private static final String LINES = """
            select order_number, line_no, sku, allocated, needed, shipped, cancelled from line_allocation""";

    private static final String RECEIPTS = "select receipt_id, sku, quantity from receipt";

    private static final String RECEIVED = """
            select data->>'receiptId', min(aggregate_id), count(*), sum((data->>'quantity')::int)
              from event_store where event_type = 'StockReceived' group by 1""";

    private static final String ANSWERS = """
            select data->>'shipmentId', data->>'orderNumber', (data->>'lineNo')::int, event_type = 'StockShipped',
                   coalesce((data->>'quantity')::int, 0)
              from event_store
             where event_type in ('StockShipped', 'ShipmentLineRefused') and data->>'shipmentId' is not null""";

    /** Forces, and cancelled backorders an operator asked for: over HTTP, a new flow without a causing event. */
    private static final String OPERATOR_COMMANDS = """
            select aggregate_id,
                   count(*) filter (where event_type = 'AllocationReleased' and data->>'reason' = 'FORCED_BACKORDER'),
                   count(*) filter (where event_type = 'BackorderCancelled' and causation_id is null)
              from event_store where event_type in ('AllocationReleased', 'BackorderCancelled') group by 1""";

    private InventoryFactsReader() {
    }

    static InventoryFacts read(Connection connection) throws SQLException {
        return StoreReading.inOneSnapshot(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                Map<LineKey, int[]> lineEvents = lineEvents(statement);
                Map<LineKey, Integer> transfers = new HashMap<>();
                try (ResultSet rs = statement.executeQuery(TRANSFERS)) {
                    while (rs.next()) {
                        transfers.put(new LineKey(rs.getString(1), rs.getInt(2)), rs.getInt(3));
                    }
                }
                Map<String, Integer> forced = new HashMap<>();
                Map<String, Integer> cancelled = new HashMap<>();
                try (ResultSet rs = statement.executeQuery(OPERATOR_COMMANDS)) {
                    while (rs.next()) {
                        forced.put(rs.getString(1), rs.getInt(2));
                        cancelled.put(rs.getString(1), rs.getInt(3));
                    }
                }
                return new InventoryFacts(items(statement), lines(statement, lineEvents, transfers),
                        receipts(statement), received(statement), placedOrders(statement), answers(statement), forced,
                        cancelled, StoreReading.health("inventory-service", statement));
            }
        });
    }

    private static Map<String, InventoryFacts.Item> items(Statement statement) throws SQLException {
        Map<String, InventoryFacts.Item> items = new LinkedHashMap<>();
        try (ResultSet rs = statement.executeQuery(ITEMS)) {
            while (rs.next()) {
                items.put(rs.getString(1), new InventoryFacts.Item(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getBoolean(6), (Integer) rs.getObject(7),
                        (Integer) rs.getObject(8), (Integer) rs.getObject(9), rs.getInt(10), rs.getInt(11)));
            }
        }
        return items;
    }

    /** Order line → shipped, released at cancel, filled for a split (from the events). */
    private static Map<LineKey, int[]> lineEvents(Statement statement) throws SQLException {
        Map<LineKey, int[]> sums = new HashMap<>();
        try (ResultSet rs = statement.executeQuery(LINE_EVENTS)) {
            while (rs.next()) {
                sums.put(new LineKey(rs.getString(1), rs.getInt(2)), new int[] {rs.getInt(3), rs.getInt(4), rs.getInt(5)});
            }
        }
        return sums;
    }

    private static Map<LineKey, InventoryFacts.Line> lines(Statement statement, Map<LineKey, int[]> lineEvents,
                                                           Map<LineKey, Integer> transfers) throws SQLException {
        Map<LineKey, InventoryFacts.Line> lines = new HashMap<>();
        try (ResultSet rs = statement.executeQuery(LINES)) {
            while (rs.next()) {
                LineKey key = new LineKey(rs.getString(1), rs.getInt(2));
                int[] events = lineEvents.getOrDefault(key, new int[3]);
                lines.put(key, new InventoryFacts.Line(key, rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7), events[0], events[1], events[2], transfers.getOrDefault(key, 0)));
            }
        }
        return lines;
    }

    private static Map<String, InventoryFacts.ReceiptRow> receipts(Statement statement) throws SQLException {
        Map<String, InventoryFacts.ReceiptRow> receipts = new HashMap<>();
        try (ResultSet rs = statement.executeQuery(RECEIPTS)) {
            while (rs.next()) {
                receipts.put(rs.getString(1), new InventoryFacts.ReceiptRow(rs.getString(1), rs.getString(2),
                        rs.getInt(3)));
            }
        }
        return receipts;
    }

    private static Map<String, InventoryFacts.Received> received(Statement statement) throws SQLException {
        Map<String, InventoryFacts.Received> received = new HashMap<>();
        try (ResultSet rs = statement.executeQuery(RECEIVED)) {
            while (rs.next()) {
                received.put(rs.getString(1), new InventoryFacts.Received(rs.getString(1), rs.getString(2),
                        rs.getInt(3), rs.getInt(4)));
            }
        }
        return received;
    }

    private static List<String> placedOrders(Statement statement) throws SQLException {
        List<String> placed = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("select order_number from order_placement")) {
            while (rs.next()) {
                placed.add(rs.getString(1));
            }
        }
        return placed;
    }

    private static List<ShipmentAnswer> answers(Statement statement) throws SQLException {
        List<ShipmentAnswer> answers = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(ANSWERS)) {
            while (rs.next()) {
                boolean shipped = rs.getBoolean(4);
                answers.add(new ShipmentAnswer(rs.getString(1), new LineKey(rs.getString(2), rs.getInt(3)), shipped,
                        shipped ? rs.getInt(5) : 0));
            }
        }
        return answers;
    }
}
