package io.backorder.faults.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
              from event_store e, jsonb_array_elements(e.data->'lines') line
             where e.event_type = 'ShipmentRequested'""";

    /** A confirmed OrderShipped carries one line and the shipment's id; one without an id ships by its own word. */
    private static final String ANSWERS = """
            select e.data->>'shipmentId', e.aggregate_id, (line->>'lineNo')::int, true, (line->>'quantity')::int
              from event_store e, jsonb_array_elements(e.data->'lines') line
             where e.event_type = 'OrderShipped' and e.data->>'shipmentId' is not null
            union all
            select data->>'shipmentId', aggregate_id, (data->>'lineNo')::int, false, 0
              from event_store where event_type = 'OrderShipmentRefused'""";

    private static final String SPLIT_LINES = """
            select e.data->>'originalOrderNumber', (line->>'originalLineNo')::int, sum((line->>'quantity')::int)
              from event_store e,
                   jsonb_array_elements(case e.event_type when 'BackorderOrderCreated' then e.data->'lines'
                                                          else jsonb_build_array(e.data->'line') end) line
             where e.event_type in ('BackorderOrderCreated', 'BackorderOrderLineAdded')
             group by 1, 2""";

    private OrderFactsReader() {
    }

    static OrderFacts read(Connection connection) throws SQLException {
        return StoreReading.inOneSnapshot(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                return new OrderFacts(lines(statement), pairs(statement,
                        "select storefront_order_id, order_number from storefront_order"),
                        counts(statement, IMPORTS), shipmentRequests(statement), answers(statement),
                        counts(statement, "select aggregate_id, count(*) from event_store"
                                + " where event_type = 'OrderCancelled' group by 1"),
                        splitUnits(statement), awaitingShipment(statement),
                        StoreReading.health("order-service", statement));
            }
        });
    }

    private static Map<LineKey, OrderFacts.PageLine> lines(Statement statement) throws SQLException {
        Map<LineKey, OrderFacts.PageLine> lines = new HashMap<>();
        try (ResultSet rs = statement.executeQuery(LINES)) {
            while (rs.next()) {
                LineKey key = new LineKey(rs.getString(1), rs.getInt(2));
                lines.put(key, new OrderFacts.PageLine(key, rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(10), rs.getString(11),
                        rs.getString(12)));
            }
        }
        return lines;
    }

    private static Map<String, String> pairs(Statement statement, String query) throws SQLException {
        Map<String, String> pairs = new HashMap<>();
        try (ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                pairs.put(rs.getString(1), rs.getString(2));
            }
        }
        return pairs;
    }

    private static Map<String, Integer> counts(Statement statement, String query) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static List<OrderFacts.ShipmentRequestLine> shipmentRequests(Statement statement) throws SQLException {
        List<OrderFacts.ShipmentRequestLine> requests = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(SHIPMENT_REQUESTS)) {
            while (rs.next()) {
                requests.add(new OrderFacts.ShipmentRequestLine(rs.getString(1), new LineKey(rs.getString(2),
                        rs.getInt(3)), rs.getInt(4)));
            }
        }
        return requests;
    }

    private static List<ShipmentAnswer> answers(Statement statement) throws SQLException {
        List<ShipmentAnswer> answers = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(ANSWERS)) {
            while (rs.next()) {
                answers.add(new ShipmentAnswer(rs.getString(1), new LineKey(rs.getString(2), rs.getInt(3)),
                        rs.getBoolean(4), rs.getInt(5)));
            }
        }
        return answers;
    }

    private static Map<LineKey, Integer> splitUnits(Statement statement) throws SQLException {
        Map<LineKey, Integer> units = new HashMap<>();
        try (ResultSet rs = statement.executeQuery(SPLIT_LINES)) {
            while (rs.next()) {
                units.put(new LineKey(rs.getString(1), rs.getInt(2)), rs.getInt(3));
            }
        }
        return units;
    }

    private static List<String> awaitingShipment(Statement statement) throws SQLException {
        List<String> awaiting = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(
                "select order_number from order_view where shipment_lines_awaited > 0")) {
            while (rs.next()) {
                awaiting.add(rs.getString(1));
            }
        }
        return awaiting;
    }
}
