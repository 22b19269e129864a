package io.backorder.faults.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@link InventoryFacts} from inventory-service's database in one repeatable-read transaction, so that the
 * event sums and the views are of one moment. The sums are made by PostgreSQL (json fields of {@code event_store}),
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

    /** Per line, what its events say: units shipped, released at the order's cancellation, filled for a split. */
    private record LineEvents(LineKey key, int shipped, int releasedAtCancel, int filledForSplit) {
    }

    /** Per sku, operator commands inventory took: forces, cancelled backorders. */
    private record OperatorCommands(String sku, int forced, int cancelledBackorders) {
    }

    static InventoryFacts read(Connection connection) throws SQLException {
        return StoreReading.inOneSnapshot(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                Map<LineKey, LineEvents> lineEvents = StoreReading.byKey(statement, LINE_EVENTS,
                        rs -> new LineEvents(new LineKey(rs.getString(1), rs.getInt(2)), rs.getInt(3), rs.getInt(4),
                                rs.getInt(5)), LineEvents::key);
                Map<LineKey, Integer> transfers = StoreReading.map(statement, TRANSFERS,
                        rs -> new LineKey(rs.getString(1), rs.getInt(2)), rs -> rs.getInt(3));
                List<OperatorCommands> commands = StoreReading.rows(statement, OPERATOR_COMMANDS,
                        rs -> new OperatorCommands(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                return new InventoryFacts(
                        StoreReading.byKey(statement, ITEMS, InventoryFactsReader::item, InventoryFacts.Item::sku),
                        StoreReading.byKey(statement, LINES, rs -> line(rs, lineEvents, transfers),
                                InventoryFacts.Line::key),
                        StoreReading.byKey(statement, RECEIPTS, rs -> new InventoryFacts.ReceiptRow(rs.getString(1),
                                rs.getString(2), rs.getInt(3)), InventoryFacts.ReceiptRow::receiptId),
                        StoreReading.byKey(statement, RECEIVED, rs -> new InventoryFacts.Received(rs.getString(1),
                                rs.getString(2), rs.getInt(3), rs.getInt(4)), InventoryFacts.Received::receiptId),
                        StoreReading.rows(statement, "select order_number from order_placement", rs -> rs.getString(1)),
                        StoreReading.rows(statement, ANSWERS, InventoryFactsReader::answer),
                        commands.stream().collect(Collectors.toMap(OperatorCommands::sku, OperatorCommands::forced)),
                        commands.stream().collect(Collectors.toMap(OperatorCommands::sku,
                                OperatorCommands::cancelledBackorders)),
                        StoreReading.health("inventory-service", statement));
            }
        });
    }

    private static InventoryFacts.Item item(ResultSet rs) throws SQLException {
        return new InventoryFacts.Item(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                rs.getBoolean(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9),
                rs.getInt(10), rs.getInt(11));
    }

    private static InventoryFacts.Line line(ResultSet rs, Map<LineKey, LineEvents> lineEvents,
                                            Map<LineKey, Integer> transfers) throws SQLException {
        LineKey key = new LineKey(rs.getString(1), rs.getInt(2));
        LineEvents events = lineEvents.getOrDefault(key, new LineEvents(key, 0, 0, 0));
        return new InventoryFacts.Line(key, rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                events.shipped(), events.releasedAtCancel(), events.filledForSplit(), transfers.getOrDefault(key, 0));
    }

    /** A refusal ships nothing, whatever it asked for. */
    private static ShipmentAnswer answer(ResultSet rs) throws SQLException {
        boolean shipped = rs.getBoolean(4);
        return new ShipmentAnswer(rs.getString(1), new LineKey(rs.getString(2), rs.getInt(3)), shipped,
                shipped ? rs.getInt(5) : 0);
    }
}
