package io.backorder.purchasing.app;

import io.backorder.contracts.purchasing.PurchaseOrderCreated;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.Sql;
import io.backorder.eventing.quarkus.CommandFlows;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.purchasing.config.PurchasingConfig;
import io.backorder.purchasing.config.PurchasingSettings;
import io.backorder.purchasing.domain.PurchaseOrder;
import io.backorder.purchasing.domain.ReorderPlanner;
import io.backorder.purchasing.domain.UnknownSupplierException;
import io.backorder.purchasing.readmodel.DemandQueries;
import io.backorder.purchasing.readmodel.PurchaseOrderViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Generates draft purchase orders from the demand view by {@link ReorderPlanner}'s rule, one per supplier, in one
 * transaction under the {@link OnOrderLock}: two generations at once never order the same units.
 */
@ApplicationScoped
public class PurchaseOrderGeneration {

    private static final Logger LOG = Logger.getLogger(PurchaseOrderGeneration.class);

    private final Transactions transactions;
    private final PurchasingStore store;
    private final DemandQueries demand;
    private final PurchaseOrderViews views;
    private final PurchasingSettings settings;
    private final PurchasingConfig config;
    private final Clock clock;
    private final CommandFlows flows;

    PurchaseOrderGeneration(Transactions transactions, PurchasingStore store, DemandQueries demand,
                            PurchaseOrderViews views, PurchasingSettings settings, PurchasingConfig config, Clock clock,
                            CommandFlows flows) {
        this.transactions = transactions;
        this.store = store;
        this.demand = demand;
        this.views = views;
        this.settings = settings;
        this.config = config;
        this.clock = clock;
        this.flows = flows;
    }

    /** One purchase order made: its number, supplier and lines, each with the figures that led to it. */
    public record GeneratedOrder(String poNumber, String supplierId, List<ReorderPlanner.PlannedLine> lines) {
    }

    /** What a generation did: the orders made, the skus it did not buy and why, the look-back window it used. */
    public record Generation(List<GeneratedOrder> purchaseOrders, List<ReorderPlanner.SkippedItem> skipped,
                             int includeBackordersDays, Instant countedFrom) {
    }

    /**
     * @param supplierId the one supplier to buy from, or null for every supplier
     * @param days       how far back waiting lines count; null: the IncludeBackordersDefaultDays parameter
     * @throws UnknownSupplierException when supplierId names no supplier
     */
    public Generation generate(String supplierId, Integer days) {
        int window = days != null ? days : settings.includeBackordersDefaultDays();
        return transactions.inTransaction(connection -> {
            if (supplierId != null && !store.supplier(connection, supplierId).defined()) {
                throw new UnknownSupplierException(supplierId);
            }
            OnOrderLock.exclusive(connection);
            Instant now = clock.instant();
            Instant countedFrom = now.minus(Duration.ofDays(window));
            ReorderPlanner.Plan plan = ReorderPlanner.plan(demand.positions(connection, countedFrom), supplierId);
            EventMetadata metadata = flows.start();
            List<GeneratedOrder> made = new ArrayList<>();
            for (Map.Entry<String, List<ReorderPlanner.PlannedLine>> supplier : plan.bySupplier().entrySet()) {
                String poNumber = nextNumber(connection);
                PurchaseOrder order = store.purchaseOrder(connection, poNumber);
                List<PurchaseOrderCreated.Line> lines = supplier.getValue().stream()
                        .map(line -> new PurchaseOrderCreated.Line(line.sku(), line.quantity(), line.unitCost()))
                        .toList();
                store.save(PurchaseOrder.AGGREGATE_TYPE, poNumber, order,
                        order.create(supplier.getKey(), lines, window), metadata);
                views.write(connection, order, now);
                made.add(new GeneratedOrder(poNumber, supplier.getKey(), supplier.getValue()));
                LOG.infof("purchase order %s drafted for supplier %s: %d line(s), %d unit(s), backorders of the last %d"
                                + " days (correlation %s)", poNumber, supplier.getKey(), lines.size(),
                        lines.stream().mapToInt(PurchaseOrderCreated.Line::quantity).sum(), window,
                        metadata.correlationId());
            }
            return new Generation(made, plan.skipped(), window, countedFrom);
        });
    }

    private String nextNumber(Connection connection) {
        return config.numberPrefix() + Sql.query(connection, "select nextval('purchase_order_number')",
                rs -> rs.getLong(1)).get(0);
    }
}
