package io.backorder.purchasing.api;

import io.backorder.purchasing.readmodel.PurchaseOrderLineView;
import io.backorder.purchasing.readmodel.PurchaseOrderView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A purchase order: its state, dates, and lines with what was received; total is what the ordered units cost. */
public record PurchaseOrderResponse(String poNumber, String supplierId, String status, boolean late,
                                    int backorderWindowDays, Instant createdAt, Instant sentAt, LocalDate expectedDate,
                                    Instant closedAt, List<Line> lines, BigDecimal total) {

    /** overReceived: units received beyond quantity; they are in stock all the same. */
    public record Line(String sku, int quantity, int received, int overReceived, BigDecimal unitCost,
                       BigDecimal lineTotal) {
    }

    static PurchaseOrderResponse of(PurchaseOrderView order) {
        List<Line> lines = order.lines().stream().map(PurchaseOrderResponse::line).toList();
        BigDecimal total = lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PurchaseOrderResponse(order.poNumber, order.supplierId, order.status, order.late,
                order.backorderWindowDays, order.createdAt, order.sentAt, order.expectedDate, order.closedAt, lines,
                total);
    }

    private static Line line(PurchaseOrderLineView line) {
        return new Line(line.sku, line.quantity, line.received, line.overReceived, line.unitCost,
                line.unitCost.multiply(BigDecimal.valueOf(line.quantity)));
    }
}
