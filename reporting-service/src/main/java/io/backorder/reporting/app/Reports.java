package io.backorder.reporting.app;

import static io.backorder.reporting.domain.Column.of;

import io.backorder.reporting.config.ReportingParameterCatalog;
import io.backorder.reporting.readmodel.ReportRows.BackorderLine;
import io.backorder.reporting.readmodel.ReportRows.CustomerBackorders;
import io.backorder.reporting.readmodel.ReportRows.ItemBackorders;
import io.backorder.reporting.readmodel.ReportRows.NewBackorderLine;
import io.backorder.reporting.readmodel.ReportRows.NotShippedItem;
import java.util.List;

/** The seed's reports: their titles, columns and template parameters. */
public final class Reports {

    public static final ReportDefinition<CustomerBackorders> BY_CUSTOMER = new ReportDefinition<>(
            "backorders-by-customer", "Backorders by Customer", List.of(
                    of("Customer", "customerId", CustomerBackorders::customerId),
                    of("Name", "customerName", CustomerBackorders::customerName),
                    of("Email", "customerEmail", CustomerBackorders::customerEmail),
                    of("Orders", "orders", CustomerBackorders::orders),
                    of("Lines", "lines", CustomerBackorders::lines),
                    of("Units needed", "unitsNeeded", CustomerBackorders::unitsNeeded),
                    of("Oldest placed", "oldestPlacedAt", CustomerBackorders::oldestPlacedAt),
                    of("Oldest age (days)", "oldestAgeDays", CustomerBackorders::oldestAgeDays)),
            ReportingParameterCatalog.BY_CUSTOMER, ReportingParameterCatalog.OLD_BY_CUSTOMER);

    public static final ReportDefinition<BackorderLine> BY_ORDER = new ReportDefinition<>(
            "backorders-by-order", "Backorders by Order Number", List.of(
                    of("Order", "orderNumber", BackorderLine::orderNumber),
                    of("Line", "lineNo", BackorderLine::lineNo),
                    of("Customer", "customerId", BackorderLine::customerId),
                    of("Name", "customerName", BackorderLine::customerName),
                    of("Item", "sku", BackorderLine::sku),
                    of("Description", "description", BackorderLine::description),
                    of("Ordered", "ordered", BackorderLine::ordered),
                    of("Allocated", "allocated", BackorderLine::allocated),
                    of("Needed", "needed", BackorderLine::needed),
                    of("Placed", "placedAt", BackorderLine::placedAt),
                    of("Age (days)", "ageDays", BackorderLine::ageDays),
                    of("Supplier", "supplierId", BackorderLine::supplierId),
                    of("Purchase order", "poNumber", BackorderLine::poNumber),
                    of("Promised", "promisedDate", BackorderLine::promisedDate)),
            ReportingParameterCatalog.BY_ORDER_NUMBER, ReportingParameterCatalog.OLD_BY_ORDER_NUMBER);

    public static final ReportDefinition<ItemBackorders> SUMMARY = new ReportDefinition<>(
            "backorder-summary", "Backorder Summary", List.of(
                    of("Item", "sku", ItemBackorders::sku),
                    of("Description", "description", ItemBackorders::description),
                    of("Units needed", "unitsNeeded", ItemBackorders::unitsNeeded),
                    of("Orders waiting", "ordersWaiting", ItemBackorders::ordersWaiting),
                    of("Oldest placed", "oldestPlacedAt", ItemBackorders::oldestPlacedAt),
                    of("Oldest age (days)", "oldestAgeDays", ItemBackorders::oldestAgeDays),
                    of("On order", "onOrder", ItemBackorders::onOrder),
                    of("On hand", "onHand", ItemBackorders::onHand),
                    of("Promised", "promisedDate", ItemBackorders::promisedDate),
                    of("Supplier", "supplierId", ItemBackorders::supplierId)),
            ReportingParameterCatalog.SUMMARY, ReportingParameterCatalog.OLD_SUMMARY);

    public static final ReportDefinition<NotShippedItem> NOT_SHIPPED = new ReportDefinition<>(
            "not-shipped", "Quantity Not Shipped & Backordered", List.of(
                    of("Item", "sku", NotShippedItem::sku),
                    of("Description", "description", NotShippedItem::description),
                    of("Ordered", "ordered", NotShippedItem::ordered),
                    of("Shipped", "shipped", NotShippedItem::shipped),
                    of("Not shipped", "notShipped", NotShippedItem::notShipped),
                    of("Backordered", "backordered", NotShippedItem::backordered)),
            null, null);

    public static final ReportDefinition<NewBackorderLine> NEW_BACKORDERS = new ReportDefinition<>(
            "new-backorders", "New Backorders", List.of(
                    of("Order", "orderNumber", NewBackorderLine::orderNumber),
                    of("Line", "lineNo", NewBackorderLine::lineNo),
                    of("Customer", "customerId", NewBackorderLine::customerId),
                    of("Name", "customerName", NewBackorderLine::customerName),
                    of("Item", "sku", NewBackorderLine::sku),
                    of("Description", "description", NewBackorderLine::description),
                    of("Ordered", "ordered", NewBackorderLine::ordered),
                    of("Backordered at import", "backorderedAtImport", NewBackorderLine::backorderedAtImport),
                    of("Needed now", "neededNow", NewBackorderLine::neededNow)),
            null, null);

    private Reports() {
    }
}
