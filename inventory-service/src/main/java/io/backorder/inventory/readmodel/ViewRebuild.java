package io.backorder.inventory.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventTypes;
import io.backorder.eventing.ColumnArrays;
import io.backorder.eventing.EventingException;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.inventory.domain.StockItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops inventory's views ({@code item_view}, {@code line_allocation}) and builds them again from
 * the event store, which is the truth: after a projector bug is fixed, say. Each item's events
 * are folded in memory into its final rows ({@link InventoryProjector#apply} decides what an event
 * means, as for the live views) and the rows are written in bulk, so the cost is a read of the
 * store, not a write per event. The views are locked meanwhile: commands that write them wait.
 */
@ApplicationScoped
public class ViewRebuild {

    private static final int ROWS_PER_WRITE = 5000;

    private static final String EVENTS = """
            select aggregate_id, aggregate_version, event_type, data::text
              from event_store where aggregate_type = ? order by aggregate_id, aggregate_version""";

    private static final String INSERT_ITEMS = """
            insert into item_view (sku, description, defined, tracked, discontinued, on_hand, allocated, backordered,
                                   version)
            select * from unnest(?::varchar[], ?::varchar[], ?::boolean[], ?::boolean[], ?::boolean[], ?::int[],
                                 ?::int[], ?::int[], ?::bigint[])""";

    private static final String INSERT_LINES = """
            insert into line_allocation (order_number, line_no, sku, allocated, needed, shipped, cancelled,
                                         replenishable, forced)
            select * from unnest(?::varchar[], ?::int[], ?::varchar[], ?::int[], ?::int[], ?::int[], ?::int[],
                                 ?::boolean[], ?::boolean[])""";

    private static final String[] ITEM_TYPES = {"varchar", "varchar", "bool", "bool", "bool", "int4", "int4", "int4",
            "int8"};
    private static final String[] LINE_TYPES = {"varchar", "int4", "varchar", "int4", "int4", "int4", "int4", "bool",
            "bool"};

    private final Transactions transactions;

    ViewRebuild(Transactions transactions) {
        this.transactions = transactions;
    }

    /** What a rebuild did. */
    public record Rebuilt(long events, int items, int lines, long millis) {

        public long eventsPerSecond() {
            return millis == 0 ? events : events * 1000 / millis;
        }
    }

    public Rebuilt rebuild() {
        long start = System.nanoTime();
        return transactions.inTransaction(connection -> {
            try {
                try (Statement clear = connection.createStatement()) {
                    clear.execute("lock table item_view, line_allocation in exclusive mode");
                    clear.execute("delete from line_allocation");
                    clear.execute("delete from item_view");
                }
                Rebuilt rebuilt = replay(connection);
                return new Rebuilt(rebuilt.events(), rebuilt.items(), rebuilt.lines(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (SQLException e) {
                throw new EventingException("could not rebuild inventory's views", e);
            }
        });
    }

    private Rebuilt replay(Connection connection) throws SQLException {
        Batch batch = new Batch(connection);
        long events = 0;
        try (PreparedStatement select = connection.prepareStatement(EVENTS)) {
            select.setFetchSize(ROWS_PER_WRITE);
            select.setString(1, StockItem.AGGREGATE_TYPE);
            try (ResultSet rs = select.executeQuery()) {
                ItemFold item = null;
                while (rs.next()) {
                    String sku = rs.getString(1);
                    if (item == null || !item.row.sku.equals(sku)) {
                        batch.add(item);
                        item = new ItemFold(new ItemChange(sku));
                    }
                    item.apply(read(rs.getString(3), rs.getString(4)), rs.getLong(2));
                    events++;
                }
                batch.add(item);
            }
        }
        batch.write();
        return new Rebuilt(events, batch.items, batch.lines, 0);
    }

    private static EventData read(String type, String json) {
        try {
            return ContractJson.mapper().readValue(json, EventTypes.classOf(type));
        } catch (IOException e) {
            throw new EventingException("the event store holds an unreadable " + type, e);
        }
    }

    /** One item's rows as its events so far make them. */
    private static final class ItemFold {
        private final ItemChange row;
        private final Map<String, LineRow> lines = new LinkedHashMap<>();

        ItemFold(ItemChange row) {
            this.row = row;
        }

        void apply(EventData event, long version) {
            ItemChange change = new ItemChange(row.sku);
            List<LineChange> lineChanges = new ArrayList<>();
            InventoryProjector.apply(event, change, lineChanges);
            change.version = version;
            for (LineChange line : lineChanges) {
                change.backordered += lines.computeIfAbsent(line.orderNumber + "/" + line.lineNo,
                        key -> new LineRow(line.orderNumber, line.lineNo, line.sku)).apply(line);
            }
            change.foldInto(row);
        }
    }

    /** Rows waiting to be written, in bulk. */
    private static final class Batch {
        private final Connection connection;
        private final List<Object[]> itemRows = new ArrayList<>();
        private final List<Object[]> lineRows = new ArrayList<>();
        int items;
        int lines;

        Batch(Connection connection) {
            this.connection = connection;
        }

        void add(ItemFold item) throws SQLException {
            if (item == null) {
                return;
            }
            itemRows.add(item.row.columns());
            item.lines.values().forEach(line -> lineRows.add(line.columns()));
            items++;
            lines += item.lines.size();
            if (itemRows.size() + lineRows.size() >= ROWS_PER_WRITE) {
                write();
            }
        }

        void write() throws SQLException {
            insert(INSERT_ITEMS, ITEM_TYPES, itemRows);
            insert(INSERT_LINES, LINE_TYPES, lineRows);
        }

        private void insert(String sql, String[] types, List<Object[]> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                ColumnArrays.bind(connection, insert, types, rows);
                insert.executeUpdate();
            }
            rows.clear();
        }
    }
}
