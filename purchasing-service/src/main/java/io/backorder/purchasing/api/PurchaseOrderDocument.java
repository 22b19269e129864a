package io.backorder.purchasing.api;

import io.backorder.purchasing.readmodel.PurchaseOrderView;
import io.backorder.purchasing.readmodel.SupplierView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A purchase order as the supplier reads it, whatever the format: who orders what from whom, at what cost, by when.
 * The issue date is the day it was sent (a draft: the day it was drafted).
 */
record PurchaseOrderDocument(String poNumber, String status, LocalDate issued, LocalDate expectedDate,
                             String supplierId, String supplierName, String supplierEmail, int leadTimeDays,
                             List<Line> lines, int units, BigDecimal total) {

    /** The merchant's name on the document. */
    static final String BUYER = "Backorder Manager";

    record Line(String sku, int quantity, BigDecimal unitCost, BigDecimal lineTotal) {
    }

    static PurchaseOrderDocument of(PurchaseOrderView order, SupplierView supplier) {
        List<Line> lines = order.lines().stream()
                .map(line -> new Line(line.sku, line.quantity, line.unitCost,
                        line.unitCost.multiply(BigDecimal.valueOf(line.quantity))))
                .toList();
        LocalDate issued = (order.sentAt != null ? order.sentAt : order.createdAt).atZone(ZoneOffset.UTC).toLocalDate();
        return new PurchaseOrderDocument(order.poNumber, order.status, issued, order.expectedDate, order.supplierId,
                supplier == null ? order.supplierId : supplier.name, supplier == null ? null : supplier.email,
                supplier == null ? 0 : supplier.leadTimeDays, lines, lines.stream().mapToInt(Line::quantity).sum(),
                lines.stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** "on 2026-12-04", or what a draft says instead. */
    String expectedText() {
        return expectedDate == null ? "on sending, after " + leadTimeDays + " days lead time" : expectedDate.toString();
    }
}
