package io.backorder.purchasing.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.contracts.warehouse.ReceiptScanned;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.purchasing.domain.PurchaseOrder;
import io.backorder.purchasing.domain.PurchaseOrderStatus;
import io.backorder.purchasing.domain.PurchasingRefusal;
import io.backorder.purchasing.domain.UnknownPurchaseOrderException;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Receiving against a purchase order, checked first: a receipt for an order that is closed, not sent yet, or does
 * not order the sku is refused here and reaches nobody. One that passes goes to inventory-service, which owns the
 * stock; purchasing then counts it when StockReceived comes back through inventory.events, like a receipt a
 * scanner posted to inventory directly. Nothing is written here, so nothing can come apart from inventory's answer.
 */
@ApplicationScoped
public class ReceiptForwarding {

    private static final Logger LOG = Logger.getLogger(ReceiptForwarding.class);

    private final Transactions transactions;
    private final PurchasingStore store;
    private final InventoryReceiptsClient inventory;
    private final Clock clock;

    ReceiptForwarding(Transactions transactions, PurchasingStore store, @RestClient InventoryReceiptsClient inventory,
                      Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.inventory = inventory;
        this.clock = clock;
    }

    /** A receipt of {@code quantity} units of a sku for a purchase order, as a scanner reports it. */
    public record Receipt(String receiptId, String sku, int quantity, String scannerId) {
    }

    /**
     * @return inventory's answer (receiptId, sku, quantity, poNumber, onHandAfter, created)
     * @throws UnknownPurchaseOrderException for a number never drawn
     * @throws PurchasingRefusal             when the order is closed, not sent, or does not order the sku
     * @throws ProblemException              with inventory's status when inventory refuses the receipt, 503 when it
     *                                       does not answer
     */
    public JsonNode receive(String poNumber, Receipt receipt) {
        transactions.inTransaction(connection -> {
            check(store.purchaseOrder(connection, poNumber), receipt);
            return null;
        });
        try {
            JsonNode taken = inventory.receive(new ReceiptScanned(receipt.receiptId(), receipt.sku(), receipt.quantity(),
                    poNumber, receipt.scannerId(), clock.instant()));
            LOG.infof("receipt %s: %d of %s for purchase order %s passed to inventory", receipt.receiptId(),
                    receipt.quantity(), receipt.sku(), poNumber);
            return taken;
        } catch (WebApplicationException refused) {
            throw new ProblemException(Problem.of(refused.getResponse().getStatus(),
                    refused.getResponse().getStatusInfo().getReasonPhrase(),
                    "inventory-service refused the receipt: " + detailOf(refused)));
        } catch (ProcessingException unreachable) {
            throw new ProblemException(503, "Service Unavailable",
                    "inventory-service did not answer; the receipt was not taken, send it again: " + unreachable);
        }
    }

    private static void check(PurchaseOrder order, Receipt receipt) {
        if (!order.created()) {
            throw new UnknownPurchaseOrderException(order.poNumber());
        }
        if (order.status() == PurchaseOrderStatus.DRAFT) {
            throw new PurchasingRefusal("purchase order " + order.poNumber() + " was not sent yet; nothing is expected"
                    + " against it");
        }
        if (!order.status().open()) {
            throw new PurchasingRefusal("purchase order " + order.poNumber() + " is " + order.status()
                    + "; nothing more is received against it");
        }
        if (!order.hasLine(receipt.sku())) {
            throw new PurchasingRefusal("purchase order " + order.poNumber() + " does not order " + receipt.sku());
        }
    }

    private static String detailOf(WebApplicationException refused) {
        try {
            JsonNode problem = refused.getResponse().readEntity(JsonNode.class);
            return problem.path("detail").asText(problem.toString());
        } catch (RuntimeException unreadable) {
            return refused.getMessage();
        }
    }
}
