package io.backorder.inventory.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** What a batch of one item's events changes on its row of {@code item_view}: counts add up, the spec is replaced. */
final class ItemChange {

    private static final String UPSERT = """
            insert into item_view as i (sku, description, defined, tracked, discontinued, on_hand, allocated,
                                        backordered, version)
            values (?, ?, ?, coalesce(?, true), coalesce(?, false), ?, ?, ?, ?)
            on conflict (sku) do update set
                description  = case when ? then excluded.description else i.description end,
                tracked      = case when ? then excluded.tracked else i.tracked end,
                discontinued = case when ? then excluded.discontinued else i.discontinued end,
                defined      = i.defined or excluded.defined,
                on_hand      = i.on_hand + excluded.on_hand,
                allocated    = i.allocated + excluded.allocated,
                backordered  = i.backordered + excluded.backordered,
                version      = greatest(i.version, excluded.version)""";

    final String sku;
    boolean defined;
    int onHand;
    int allocated;
    int backordered;
    long version;
    private boolean specChanged;
    private String description;
    private Boolean tracked;
    private Boolean discontinued;

    ItemChange(String sku) {
        this.sku = sku;
    }

    void spec(String description, boolean tracked, boolean discontinued) {
        this.specChanged = true;
        this.description = description;
        this.tracked = tracked;
        this.discontinued = discontinued;
    }

    /** The row this change leads to from an empty one, for a rebuild: counts from zero, the spec as last set. */
    void foldInto(ItemChange row) {
        row.defined |= defined;
        row.onHand += onHand;
        row.allocated += allocated;
        row.backordered += backordered;
        row.version = Math.max(row.version, version);
        if (specChanged) {
            row.spec(description, tracked, discontinued);
        }
    }

    Object[] columns() {
        return new Object[] {sku, description, defined, tracked == null || tracked, discontinued != null && discontinued,
                onHand, allocated, backordered, version};
    }

    /** Writes the changes of many items in one round trip (a JDBC batch). */
    static void writeAll(Connection connection, List<ItemChange> changes) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (ItemChange change : changes) {
                change.bind(upsert);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private void bind(PreparedStatement upsert) throws SQLException {
        upsert.setString(1, sku);
        upsert.setString(2, description);
        upsert.setBoolean(3, defined);
        upsert.setObject(4, tracked);
        upsert.setObject(5, discontinued);
        upsert.setInt(6, onHand);
        upsert.setInt(7, allocated);
        upsert.setInt(8, backordered);
        upsert.setLong(9, version);
        upsert.setBoolean(10, specChanged);
        upsert.setBoolean(11, specChanged);
        upsert.setBoolean(12, specChanged);
    }
}
