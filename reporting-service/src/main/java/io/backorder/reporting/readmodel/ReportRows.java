package io.backorder.reporting.readmodel;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalDate;

/** The rows of the reports, as the queries read them; templates reach their fields by name. */
public final class ReportRows {

    private ReportRows() {
    }

    /** Backorders by Customer: one customer's waiting orders. */
    @TemplateData
    public record CustomerBackorders(String customerId, String customerName, String customerEmail, long orders,
                                     long lines, long unitsNeeded, Instant oldestPlacedAt, Long oldestAgeDays) {
    }

    /** Backorders by Order Number: one waiting order line, with where its units will come from. */
    @TemplateData
    public record BackorderLine(String orderNumber, int lineNo, String customerId, String customerName, String sku,
                                String description, Integer ordered, int allocated, int needed, Instant placedAt,
                                Long ageDays, String supplierId, String poNumber, LocalDate promisedDate,
                                String promiseStatus) {
    }

    /** Backorder Summary: one item's waiting units. */
    @TemplateData
    public record ItemBackorders(String sku, String description, long unitsNeeded, long ordersWaiting,
                                 Instant oldestPlacedAt, Long oldestAgeDays, long onOrder, Integer onHand,
                                 LocalDate promisedDate, String supplierId) {
    }

    /** Quantity Not Shipped &amp; Backordered: one item over orders placed in the last days. */
    @TemplateData
    public record NotShippedItem(String sku, String description, long ordered, long shipped, long notShipped,
                                 long backordered) {
    }

    /** New Backorders of an import: a line that import could not serve from stock. */
    @TemplateData
    public record NewBackorderLine(String orderNumber, int lineNo, String customerId, String customerName,
                                   String sku, String description, Integer ordered, int backorderedAtImport,
                                   int neededNow) {
    }

    /** One import whose new-backorders report is kept. */
    public record ImportSummary(String importId, Instant firstSeenAt, long orders, long linesBackordered,
                                long unitsBackordered) {
    }

    /** One order line's part of a shipment. */
    public record ShipmentLine(String shipmentId, String orderNumber, int lineNo, String sku, int quantity,
                               Instant shippedAt, boolean confirmedByOrder) {
    }
}
