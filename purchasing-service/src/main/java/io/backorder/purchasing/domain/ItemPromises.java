package io.backorder.purchasing.domain;

import io.backorder.contracts.EventData;
import io.backorder.contracts.purchasing.PromisedDateChanged;
import io.backorder.eventing.EventSourced;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The promised dates published for the waiting lines of one sku. Publishes a change only: a line whose promise is
 * as it was gets no event, a line that no longer waits gets one last (NO_LONGER_WAITING).
 */
public final class ItemPromises implements EventSourced {

    public static final String AGGREGATE_TYPE = "ItemPromises";

    private final String sku;
    private long version;
    private final Map<String, LinePromise> published = new LinkedHashMap<>();

    private ItemPromises(String sku) {
        this.sku = sku;
    }

    public static ItemPromises replay(String sku, List<? extends EventData> history) {
        ItemPromises promises = new ItemPromises(sku);
        history.forEach(promises::apply);
        return promises;
    }

    @Override
    public void apply(EventData event) {
        version++;
        if (event instanceof PromisedDateChanged e) {
            if (e.status() == PromisedDateChanged.Status.NO_LONGER_WAITING) {
                published.remove(key(e.orderNumber(), e.lineNo()));
            } else {
                published.put(key(e.orderNumber(), e.lineNo()), new LinePromise(e.orderNumber(), e.lineNo(),
                        e.quantityNeeded(), e.status(), e.promisedDate(), e.poNumber(), e.late()));
            }
        }
    }

    /** The events that bring the published promises to {@code plan}: one per line that changed. */
    public List<EventData> revise(List<LinePromise> plan) {
        List<EventData> events = new ArrayList<>();
        for (LinePromise promise : plan) {
            if (!promise.equals(published.get(key(promise.orderNumber(), promise.lineNo())))) {
                events.add(new PromisedDateChanged(sku, promise.orderNumber(), promise.lineNo(),
                        promise.quantityNeeded(), promise.status(), promise.promisedDate(), promise.poNumber(),
                        promise.late()));
            }
        }
        Set<String> planned = plan.stream().map(p -> key(p.orderNumber(), p.lineNo())).collect(Collectors.toSet());
        published.forEach((key, promise) -> {
            if (!planned.contains(key)) {
                events.add(new PromisedDateChanged(sku, promise.orderNumber(), promise.lineNo(), 0,
                        PromisedDateChanged.Status.NO_LONGER_WAITING, null, null, false));
            }
        });
        return events;
    }

    public List<LinePromise> published() {
        return List.copyOf(published.values());
    }

    public String sku() {
        return sku;
    }

    @Override
    public long version() {
        return version;
    }

    private static String key(String orderNumber, int lineNo) {
        return orderNumber + "/" + lineNo;
    }
}
