package io.backorder.eventing;

import io.backorder.contracts.ContractException;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.inventory.StockAdjusted;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A tiny downstream read model for the relay tests: running totals per sku, and a count of events
 * that arrived out of their stream's order. Duplicates and reordering would both show here.
 */
final class StockTotals implements RecordHandler {

    static void createTable(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table stock_total (sku varchar(64) primary key, total int not null,"
                    + " last_version bigint not null, out_of_order int not null default 0)");
        }
    }

    @Override
    public void handle(Connection connection, IncomingRecord record) {
        EventEnvelope envelope;
        StockAdjusted adjusted;
        try {
            envelope = ContractJson.readEnvelope(record.value());
            adjusted = ContractJson.fromData(envelope.data(), StockAdjusted.class);
        } catch (ContractException | IllegalArgumentException e) {
            throw new PoisonMessageException("unreadable: " + e.getMessage(), e);
        }
        if (adjusted.sku() == null) {
            throw new PoisonMessageException("a StockAdjusted needs a sku");
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into stock_total (sku, total, last_version) values (?, ?, ?)
                on conflict (sku) do update set total = stock_total.total + excluded.total,
                  out_of_order = stock_total.out_of_order
                    + case when excluded.last_version = stock_total.last_version + 1 then 0 else 1 end,
                  last_version = excluded.last_version""")) {
            upsert.setString(1, adjusted.sku());
            upsert.setInt(2, adjusted.delta());
            upsert.setLong(3, envelope.aggregateVersion());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new EventingException("could not update totals", e);
        }
        if ("refuse after writing".equals(adjusted.reason())) {
            // A handler that finds out only after its first write that the record can never succeed.
            throw new PoisonMessageException("refused after writing the total of " + adjusted.sku());
        }
    }

    static Map<String, String> read(DataSource dataSource) throws SQLException {
        Map<String, String> totals = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select sku, total, last_version, out_of_order from stock_total")) {
            while (rs.next()) {
                totals.put(rs.getString(1), "total=" + rs.getInt(2) + " version=" + rs.getLong(3)
                        + " outOfOrder=" + rs.getInt(4));
            }
        }
        return totals;
    }
}
