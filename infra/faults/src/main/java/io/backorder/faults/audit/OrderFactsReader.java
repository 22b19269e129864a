package io.backorder.faults.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads {@link OrderFacts} from order-service's database in one repeatable-read transaction. */
final class OrderFactsReader {

    private static final String LINES = """
            select l.order_number, l.line_no, l.sku, l.quantity, l.allocated, l.needed, l.shipped, l.cancelled,
                   l.split_off, o.cancelled, o.storefront_order_id, o.original_order_number
              from order_line_view l join order_view o on o.order_number = l.order_number""";

    private static final String IMPORTS = """
            select data->>'storefrontOrderId', count(*) from event_store where event_type = 'OrderImported'
             group by 1""";

    private static final String SHIPMENT_REQUESTS = """
            select e.data->>'shipmentId', e.aggregate_id, (line->>'lineNo')::int, (line->>'quantity')::int
              from event_store e, json_array_elements(e.data->'lines') line
             where e.event_type = 'ShipmentRequested'""";

    /** A confirmed OrderShipped carries one line and the shipment's id; one without an id ships by its own word. */
    private static final String ANSWERS = """
            select e.data->>'shipmentId', e.aggregate_id, (line->>'lineNo')::int, true, (line->>'quantity')::int
              from event_store e, json_array_elements(e.data->'lines') line
             where e.event_type = 'OrderShipped' and e.data->>'shipmentId' is not null
            union all
            select data->>'shipmentId', aggregate_id, (data->>'lineNo')::int, false, 0
              from event_store where event_type = 'OrderShipmentRefused'""";

    private static final String SPLIT_LINES = """
            select e.data->>'originalOrderNumber', (line->>'originalLineNo')::int, sum((line->>'quantity')::int)
              from event_store e,
                   json_array_elements(case e.event_type when 'BackorderOrderCreated' then e.data->'lines'
                                                          else json_build_array(e.data->'line') end) line
             where e.event_type in ('BackorderOrderCreated', 'BackorderOrderLineAdded')
             group by 1, 2""";

    private OrderFactsReader() {
    }

    static OrderFacts read(Connection connection) throws SQLException {
        return StoreReading.inOneSnapshot(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                return new OrderFacts(
                        StoreReading.byKey(statement, LINES, OrderFactsReader::line, OrderFacts.PageLine::key),
                        StoreReading.map(statement, "select storefront_order_id, order_number from storefront_order",
                                rs -> rs.getString(1), rs -> rs.getString(2)),
                        StoreReading.map(statement, IMPORTS, rs -> rs.getString(1), rs -> rs.getInt(2)),
                        StoreReading.rows(statement, SHIPMENT_REQUESTS, rs -> new OrderFacts.ShipmentRequestLine(
                                rs.getString(1), new LineKey(rs.getString(2), rs.getInt(3)), rs.getInt(4))),
                        StoreReading.rows(statement, ANSWERS, rs -> new ShipmentAnswer(rs.getString(1),
                                new LineKey(rs.getString(2), rs.getInt(3)), rs.getBoolean(4), rs.getInt(5))),
                        StoreReading.map(statement, "select aggregate_id, count(*) from event_store"
                                + " where event_type = 'OrderCancelled' group by 1", rs -> rs.getString(1),
                                rs -> rs.getInt(2)),
                        StoreReading.map(statement, SPLIT_LINES, rs -> new LineKey(rs.getString(1), rs.getInt(2)),
                                rs -> rs.getInt(3)),
                        StoreReading.rows(statement, "select order_number from order_view"
                                + " where shipment_lines_awaited > 0", rs -> rs.getString(1)),
                        StoreReading.health("order-service", statement));
            }
        });
    }

    private static OrderFacts.PageLine line(ResultSet rs) throws SQLException {
        return new OrderFacts.PageLine(new LineKey(rs.getString(1), rs.getInt(2)), rs.getString(3), rs.getInt(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(10),
                rs.getString(11), rs.getString(12));
    }
}
