package io.backorder.inventory.app;

import io.backorder.eventing.quarkus.Transactions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fills, the lines they handed units to and the units, at /q/metrics. Counted when the fill's transaction commits:
 * a fill that lost a race and ran again counts once, one that rolled back not at all.
 */
@Startup // the meters show from the start, at zero, not from the first fill on
@ApplicationScoped
public class FillMeters {

    private final Counter fills;
    private final Counter lines;
    private final Counter units;
    private final Transactions transactions;

    FillMeters(MeterRegistry registry, Transactions transactions) {
        this.transactions = transactions;
        this.fills = Counter.builder("backorder.fills")
                .description("fills committed: by an operator, a batch, or a receipt with AutoFillOnReceipt")
                .register(registry);
        this.lines = Counter.builder("backorder.fill.lines").description("waiting lines a fill handed units to")
                .register(registry);
        this.units = Counter.builder("backorder.fill.units").description("units fills handed to waiting lines")
                .register(registry);
    }

    /** Counts a fill once the transaction it runs in commits. */
    void filled(int linesFilled, long unitsFilled) {
        transactions.afterCommit(() -> {
            fills.increment();
            lines.increment(linesFilled);
            units.increment(unitsFilled);
        });
    }
}
