package io.backorder.order.app;

import io.backorder.contracts.storefront.OrderPlaced;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.quarkus.CommandFlows;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.order.domain.Order;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Imports orders placed on storefronts, by whichever path they come: one over HTTP, a batch over
 * HTTP, or the storefront.orders topic. A storefront order id is imported once; importing it again
 * answers the order it became.
 */
@ApplicationScoped
public class OrderImports {

    private static final Logger LOG = Logger.getLogger(OrderImports.class);

    private final Transactions transactions;
    private final OrderStreams orders;
    private final CommandFlows flows;

    OrderImports(Transactions transactions, OrderStreams orders, CommandFlows flows) {
        this.transactions = transactions;
        this.orders = orders;
        this.flows = flows;
    }

    public ImportedOrder importOne(OrderPlaced placed, String importId) {
        return transactions.inTransaction(connection -> importWithin(connection, placed, importId, flows.start()));
    }

    /** All of the batch or none of it. */
    public List<ImportedOrder> importBatch(List<OrderPlaced> batch, String importId) {
        EventMetadata metadata = flows.start();
        return transactions.inTransaction(connection -> {
            List<ImportedOrder> imported = new ArrayList<>(batch.size());
            for (OrderPlaced placed : batch) {
                imported.add(importWithin(connection, placed, importId, metadata));
            }
            return imported;
        });
    }

    /** Imports within the caller's transaction (a consumer's, which records the inbox too). */
    public ImportedOrder importWithin(Connection connection, OrderPlaced placed, String importId, EventMetadata metadata) {
        String storefrontOrderId = placed.storefrontOrderId();
        Optional<StorefrontOrderIndex.Claim> claim = StorefrontOrderIndex.findOrClaim(connection, storefrontOrderId);
        if (claim.isEmpty()) {
            // Another import of the same storefront order committed first.
            return new ImportedOrder(storefrontOrderId, StorefrontOrderIndex.find(connection, storefrontOrderId)
                    .orElseThrow(), false);
        }
        if (!claim.get().claimed()) {
            return new ImportedOrder(storefrontOrderId, claim.get().orderNumber(), false);
        }
        String orderNumber = claim.get().orderNumber();
        Order order = Order.replay(orderNumber, List.of());
        orders.save(connection, orderNumber, order, order.importFrom(placed, importId), metadata);
        LOG.debugf("order %s imported from storefront order %s (%d lines, import %s)", orderNumber,
                storefrontOrderId, placed.lines().size(), importId);
        return new ImportedOrder(storefrontOrderId, orderNumber, true);
    }
}
