package io.backorder.inventory.app;

import io.backorder.contracts.EventData;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.quarkus.CommandFlows;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.inventory.domain.FillOptions;
import io.backorder.inventory.domain.FillPlanner;
import io.backorder.inventory.domain.StockItem;
import io.backorder.inventory.domain.WaitingLine;
import io.backorder.inventory.readmodel.WaitingLines;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Fills waiting backorders from available stock, in the queue order of {@link FillPlanner}. One
 * fill is one transaction over every item it touches; a fill that raced another for the same
 * units runs again on fresh state, so no unit is handed out twice.
 */
@ApplicationScoped
public class BackorderFills {

    private static final Logger LOG = Logger.getLogger(BackorderFills.class);

    private final Transactions transactions;
    private final StockItems items;
    private final WaitingLines waitingLines;
    private final FillMeters meters;
    private final CommandFlows flows;

    BackorderFills(Transactions transactions, StockItems items, WaitingLines waitingLines, FillMeters meters,
                   CommandFlows flows) {
        this.transactions = transactions;
        this.items = items;
        this.waitingLines = waitingLines;
        this.meters = meters;
        this.flows = flows;
    }

    /**
     * What to fill: some orders, some skus, or (both empty) everything that waits. capture: whether a completed
     * order's payment is captured when it is approved; null leaves it to order-service's CaptureAtFillBackorders.
     */
    public record FillCommand(Collection<String> orderNumbers, Collection<String> skus, boolean onlyCompletableOrders,
                              boolean approveWhenComplete, LocalDate shipDate, Boolean capture) {
    }

    /** One line a fill looked at: what it got now, and what it still needs. */
    public record FilledLine(String orderNumber, int lineNo, String sku, int filled, int stillNeeded) {
    }

    public record FillOutcome(String fillId, List<FilledLine> lines) {

        public FillTotals totals() {
            int linesFilled = 0;
            long unitsFilled = 0;
            long unitsStillNeeded = 0;
            for (FilledLine line : lines) {
                linesFilled += line.filled() > 0 ? 1 : 0;
                unitsFilled += line.filled();
                unitsStillNeeded += line.stillNeeded();
            }
            return new FillTotals(lines.size(), linesFilled, unitsFilled, unitsStillNeeded);
        }
    }

    /**
     * A fill in four numbers: the lines it looked at, those it gave units to, the units given and still needed (long:
     * a line may need 100,000 units, and a fill may look at a million lines).
     */
    public record FillTotals(int linesLookedAt, int linesFilled, long unitsFilled, long unitsStillNeeded) {
    }

    public FillOutcome fill(FillCommand command) {
        String fillId = "fill-" + UUID.randomUUID();
        FillOptions options = new FillOptions(fillId, command.approveWhenComplete(), command.shipDate(),
                command.capture());
        return transactions.inTransaction(connection -> fillWithin(connection, command, options, flows.start()));
    }

    /** Fills within the caller's transaction (a receipt's, with AutoFillOnReceipt). */
    public FillOutcome fillWithin(Connection connection, FillCommand command, FillOptions options, EventMetadata metadata) {
        List<WaitingLine> waiting = waitingLines.find(connection, command.orderNumbers(), command.skus());
        if (command.onlyCompletableOrders() && !command.skus().isEmpty()) {
            // An order is complete only with all its lines, whatever sku the fill was asked for.
            Set<String> orders = waiting.stream().map(line -> line.line().orderNumber()).collect(Collectors.toSet());
            waiting = orders.isEmpty() ? List.of() : waitingLines.find(connection, orders, List.of());
        }
        Map<String, StockItem> loaded = items.loadAll(connection,
                waiting.stream().map(WaitingLine::sku).collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Long> versions = new TreeMap<>();
        loaded.forEach((sku, item) -> versions.put(sku, item.version()));
        Map<String, List<EventData>> decided = FillPlanner.plan(waiting, loaded, command.onlyCompletableOrders(), options);
        items.saveAllDecided(decided, versions, metadata);
        FillOutcome outcome = new FillOutcome(options.fillId(), outcome(waiting, decided, loaded));
        FillTotals totals = outcome.totals();
        meters.filled(totals.linesFilled(), totals.unitsFilled());
        LOG.infof("fill %s: %d line(s) looked at, %d unit(s) handed out", options.fillId(), totals.linesLookedAt(),
                totals.unitsFilled());
        return outcome;
    }

    private static List<FilledLine> outcome(List<WaitingLine> waiting, Map<String, List<EventData>> decided,
                                            Map<String, StockItem> items) {
        Map<String, BackorderFilled> filled = decided.values().stream().flatMap(List::stream)
                .filter(BackorderFilled.class::isInstance).map(BackorderFilled.class::cast)
                .collect(Collectors.toMap(e -> e.orderNumber() + "/" + e.lineNo(), e -> e));
        List<FilledLine> lines = new ArrayList<>();
        waiting.stream().sorted(FillPlanner.QUEUE_ORDER).forEach(line -> {
            BackorderFilled event = filled.get(line.line().orderNumber() + "/" + line.line().lineNo());
            lines.add(new FilledLine(line.line().orderNumber(), line.line().lineNo(), line.sku(),
                    event == null ? 0 : event.quantityFilled(), items.get(line.sku()).neededBy(line.line())));
        });
        return lines;
    }
}
