package io.backorder.inventory.app;

import io.backorder.contracts.warehouse.ReceiptScanned;
import io.backorder.eventing.EventingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/** The receipts already taken. Claiming a receipt id makes a receipt count once, whichever path it came by. */
final class ReceiptLedger {

    /** What a receipt id was first taken for. */
    record Taken(String sku, int quantity, String poNumber) {
        boolean sameAs(ReceiptScanned receipt) {
            return sku.equals(receipt.sku()) && quantity == receipt.quantity() && Objects.equals(poNumber, receipt.poNumber());
        }
    }

    private ReceiptLedger() {
    }

    /** True when this call took the receipt; false when it was taken before (then see {@link #find}). */
    static boolean claim(Connection connection, ReceiptScanned receipt) {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into receipt (receipt_id, sku, quantity, po_number, scanner_id) values (?, ?, ?, ?, ?)
                on conflict (receipt_id) do nothing""")) {
            insert.setString(1, receipt.receiptId());
            insert.setString(2, receipt.sku());
            insert.setInt(3, receipt.quantity());
            insert.setString(4, receipt.poNumber());
            insert.setString(5, receipt.scannerId());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new EventingException("could not record receipt " + receipt.receiptId(), e);
        }
    }

    static Optional<Taken> find(Connection connection, String receiptId) {
        try (PreparedStatement select = connection.prepareStatement(
                "select sku, quantity, po_number from receipt where receipt_id = ?")) {
            select.setString(1, receiptId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Taken(rs.getString(1), rs.getInt(2), rs.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventingException("could not read receipt " + receiptId, e);
        }
    }
}
