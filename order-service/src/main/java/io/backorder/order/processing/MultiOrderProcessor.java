package io.backorder.order.processing;

import io.backorder.order.app.Approvals;
import io.backorder.order.app.OrderCommands;
import io.backorder.order.config.OrderParameterCatalog;
import io.backorder.order.domain.OrderRefusal;
import io.backorder.order.domain.Shipment;
import io.backorder.order.readmodel.OrderLineView;
import io.backorder.order.readmodel.OrderView;
import io.backorder.parameters.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Runs the chosen steps for a set of orders and says, order by order, what it did and why it
 * skipped. The fill goes to inventory-service first, for all the orders at once; each order is
 * then approved (its payment captured outside any transaction) and its shipment asked of
 * inventory, each step in a transaction of its own, so one order's refusal (a declined card) does
 * not hold back the others. Inventory's answers to all the shipments are then awaited together.
 */
@ApplicationScoped
public class MultiOrderProcessor {

    private static final Logger LOG = Logger.getLogger(MultiOrderProcessor.class);

    private final InventoryFillClient inventory;
    private final OrderCommands commands;
    private final Parameters parameters;
    private final Clock clock;
    private final Duration answerWait;

    MultiOrderProcessor(@RestClient InventoryFillClient inventory, OrderCommands commands, Parameters parameters,
                        Clock clock,
                        @ConfigProperty(name = "backorder.shipping.answer-wait", defaultValue = "5s") Duration answerWait) {
        this.inventory = inventory;
        this.commands = commands;
        this.parameters = parameters;
        this.clock = clock;
        this.answerWait = answerWait;
    }

    /** A shipment asked of inventory for an order, whose answer the processor reports. */
    private record AskedShipment(String orderNumber, String shipmentId, List<String> done) {
    }

    public ProcessingResult process(ProcessingRequest request) {
        boolean includeBackordered = request.includeOrdersWithBackorders() != null
                ? request.includeOrdersWithBackorders()
                : parameters.bool(OrderParameterCatalog.MULTI_ORDER_PROCESSOR_INCLUDE_BACKORDERS);
        Map<String, Map<Integer, InventoryFillClient.FilledLine>> filled = new HashMap<>();
        String fillId = null;
        if (request.fillBackorders()) {
            InventoryFillClient.FillOutcome outcome = inventory.fill(new InventoryFillClient.FillRequest(
                    request.orderNumbers(), request.onlyCompletableOrders(), false));
            fillId = outcome.fillId();
            outcome.lines().forEach(line -> filled.computeIfAbsent(line.orderNumber(), n -> new HashMap<>())
                    .put(line.lineNo(), line));
        }
        List<ProcessingResult.OrderResult> results = new ArrayList<>();
        List<AskedShipment> shipments = new ArrayList<>();
        for (String orderNumber : request.orderNumbers().stream().distinct().toList()) {
            results.add(processOne(orderNumber, request, includeBackordered,
                    filled.getOrDefault(orderNumber, Map.of()), shipments));
        }
        Instant deadline = clock.instant().plus(answerWait);
        shipments.forEach(asked -> asked.done().add(describe(
                commands.awaitAnswer(asked.orderNumber(), asked.shipmentId(), deadline))));
        return new ProcessingResult(fillId, results);
    }

    private static String describe(Optional<Shipment> answer) {
        if (answer.isEmpty()) {
            return "shipment asked of inventory, not answered yet";
        }
        String shipped = "shipped " + answer.get().unitsShipped() + " unit(s)";
        return answer.get().refusals().isEmpty() ? shipped
                : shipped + "; not shipped: " + String.join("; ", answer.get().refusals().values());
    }

    private ProcessingResult.OrderResult processOne(String orderNumber, ProcessingRequest request,
                                                    boolean includeBackordered,
                                                    Map<Integer, InventoryFillClient.FilledLine> filled,
                                                    List<AskedShipment> shipments) {
        List<String> done = new ArrayList<>();
        int filledUnits = filled.values().stream().mapToInt(InventoryFillClient.FilledLine::filled).sum();
        if (request.fillBackorders()) {
            done.add("filled " + filledUnits + " unit(s)");
        }
        OrderView view = OrderView.findById(orderNumber);
        if (view == null) {
            return new ProcessingResult.OrderResult(orderNumber, done, "no such order");
        }
        // The page may or may not have heard of the fill yet. For a line the fill looked at, its own
        // answer is exact: every unit not still needed (nor shipped, cancelled or split off) is held.
        Map<Integer, Integer> allocated = new HashMap<>();
        int stillNeeded = 0;
        for (OrderLineView line : view.lines) {
            InventoryFillClient.FilledLine fill = filled.get(line.lineNo);
            allocated.put(line.lineNo, fill == null ? line.allocated
                    : line.quantity - fill.stillNeeded() - line.shipped - line.cancelled - line.splitOff);
            stillNeeded += fill == null ? line.needed : fill.stillNeeded();
        }
        if (stillNeeded > 0 && !includeBackordered) {
            return new ProcessingResult.OrderResult(orderNumber, done, "still needs " + stillNeeded + " unit(s)");
        }
        try {
            if (request.approve() || request.capture()) {
                Approvals.Approval approval = commands.approve(orderNumber, request.capture());
                if (!approval.approved()) {
                    return new ProcessingResult.OrderResult(orderNumber, done, approval.awaitingCapture()
                            ? "payment capture asked for, not answered yet"
                            : "payment capture failed: " + approval.declineReason());
                }
                done.add(request.capture() ? "payment captured and approved" : "approved");
            }
            if (request.ship()) {
                shipments.add(new AskedShipment(orderNumber, commands.requestShipment(orderNumber, allocated), done));
            }
            return new ProcessingResult.OrderResult(orderNumber, done, null);
        } catch (OrderRefusal refusal) {
            LOG.infof("order processing: order %s skipped: %s", orderNumber, refusal.getMessage());
            return new ProcessingResult.OrderResult(orderNumber, done, refusal.getMessage());
        }
    }
}
