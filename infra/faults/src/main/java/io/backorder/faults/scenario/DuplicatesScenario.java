package io.backorder.faults.scenario;

import io.backorder.contracts.Topics;
import io.backorder.faults.audit.Check;
import io.backorder.faults.audit.Ledger;
import io.backorder.faults.audit.StateFingerprint;
import io.backorder.faults.inject.Redelivery;
import io.backorder.faults.load.InputProducer;
import java.util.List;
import java.util.Set;

/**
 * Every message delivered twice. The storefronts and scanners send each order and receipt twice in a row (the
 * services must import and receive it once: by storefront order id, by receipt id); once all is in and quiet, every
 * record of the run on every topic the services read, their own events included, is appended once more (the inbox must drop
 * each copy by its event id, or the aggregate refuse it). Checks: the state after the copies is the state before,
 * table by table, and the audit holds.
 */
final class DuplicatesScenario implements FaultScenario {

    static final String NAME = "duplicates";
    static final List<String> TOPICS = List.of(Topics.STOREFRONT_ORDERS, Topics.WAREHOUSE_RECEIPTS,
            Topics.ORDERS_EVENTS, Topics.INVENTORY_EVENTS);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "every order and receipt sent twice in a row, then every record of every topic the services read"
                + " delivered once more: state unchanged, audit holds";
    }

    @Override
    public FaultResult run(FaultContext context) throws Exception {
        FaultResult.Builder result = new FaultResult.Builder(NAME);
        Ledger ledger = context.ledger("DU");
        MixedLoad.settled(context, ledger, NAME, 2, result);
        StateFingerprint before = StateFingerprint.take(context.target());
        context.progress(NAME, "delivering every record of the run on " + TOPICS + " once more …");
        // the run's records: keyed by its skus and storefront order ids, or (orders.events) by its order numbers
        Set<String> orderNumbers = context.progress(ledger).orderNumbers();
        try (InputProducer producer = context.producer(NAME)) {
            result.figure(Figure.count("records delivered again", Redelivery.copyAll(
                    context.stack().kafkaBootstrapServers(), TOPICS, producer,
                    record -> ledger.owns(record.key()) || orderNumbers.contains(record.key()))));
        }
        result.figure(Figure.seconds("quiet again after", context.awaitQuiet()));
        result.check(unchanged("state unchanged by the copies", before, StateFingerprint.take(context.target())));
        return result.audit("after every message came twice", context.audit(ledger)).build();
    }

    /** The check that nothing a service keeps changed between two fingerprints. */
    static Check unchanged(String name, StateFingerprint before, StateFingerprint after) {
        return new Check(name, "event stores, views, receipts, splits, dead letters and outboxes of both services"
                + " are what they were", after.parts().size(), after.changesSince(before));
    }
}
