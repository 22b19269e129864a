package io.backorder.faults.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.bench.workload.ItemNames;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.Topics;
import io.backorder.contracts.warehouse.ReceiptScanned;
import io.backorder.faults.ServiceCalls;
import io.backorder.faults.audit.Check;
import io.backorder.faults.audit.Ledger;
import io.backorder.faults.load.InputProducer;
import io.backorder.faults.load.Items;
import io.backorder.faults.load.Progress;
import io.backorder.faults.load.Receipts;
import io.backorder.faults.load.TopicRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Poison among 10,000 messages on warehouse.receipts: one record that is not JSON, and one receipt for an item nobody
 * defined, which inventory refuses only after it has claimed the receipt id (the partial write the issue found). Both
 * must land on warehouse.receipts.dlq with their reason and in inventory's dead letters, every other receipt must be
 * received, and the refused receipt must leave no trace: once the item is defined, sending the dead letter again
 * receives it, once (a second retry is refused as done; the unreadable one is refused again).
 */
final class PoisonScenario implements FaultScenario {

    static final String NAME = "poison";
    static final String CONSUMER_SERVICE = "inventory-service";
    static final int POISON_UNITS = 7;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "an unreadable record and a receipt for an undefined item among the receipts: both on the"
                + " dead-letter topic with their reason, the others received, no trace of the refused one until its"
                + " dead letter is sent again (once) after the item is defined; audit holds before and after";
    }

    @Override
    public FaultResult run(FaultContext context) throws Exception {
        FaultResult.Builder result = new FaultResult.Builder(NAME);
        Ledger ledger = context.ledger("PO");
        ItemNames items = new ItemNames(ledger.prefix(), Math.min(100, context.options().items()));
        Map<String, Integer> stock = new LinkedHashMap<>();
        items.all().forEach(sku -> stock.put(sku, 0));
        Items.define(context.inventoryServiceUrl(), stock, ledger);

        int good = context.options().receipts() - 2;
        List<ReceiptScanned> receipts = Receipts.plan(ledger.prefix(), items.all(), good, context.options().seed());
        String undefinedSku = ledger.prefix() + "-UNDEFINED";
        ReceiptScanned refused = new ReceiptScanned(ledger.prefix() + "-POISON", undefinedSku, POISON_UNITS, null,
                "faults-dock", Instant.now());
        String unreadableKey = items.sku(0);
        String unreadable = "{ \"receiptId\": \"" + ledger.prefix() + "-TORN\", \"sku\": ";
        ledger.receiptRefused(refused.receiptId());
        ledger.expectDeadLetter(new Ledger.ExpectedDeadLetter(CONSUMER_SERVICE, Topics.WAREHOUSE_RECEIPTS,
                unreadableKey, "a record that is not JSON"));
        ledger.expectDeadLetter(new Ledger.ExpectedDeadLetter(CONSUMER_SERVICE, Topics.WAREHOUSE_RECEIPTS,
                undefinedSku, "a receipt for an item nobody defined"));

        try (InputProducer producer = context.producer(NAME)) {
            context.progress(NAME, "sending " + context.options().receipts() + " messages, two of them poison …");
            Receipts.send(producer, receipts.subList(0, good / 3), 1, ledger);
            producer.send(Topics.WAREHOUSE_RECEIPTS, unreadableKey, unreadable);
            Receipts.send(producer, receipts.subList(good / 3, 2 * good / 3), 1, ledger);
            producer.send(Topics.WAREHOUSE_RECEIPTS, undefinedSku, ContractJson.write(refused));
            Receipts.send(producer, receipts.subList(2 * good / 3, good), 1, ledger);
            producer.flush();
        }
        result.figure(Figure.count("messages sent", good + 2L));
        result.figure(Figure.count("poison among them", 2));
        result.figure(Figure.seconds("other receipts all taken after", Progress.awaitAtLeast(
                context.progress(ledger)::receiptsTaken, good, context.timeout(), "receipts taken")));
        result.audit("after the " + (good + 2) + " messages", context.audit(ledger));
        result.check(onTheDeadLetterTopic(context, Map.of(unreadableKey, unreadable,
                undefinedSku, ContractJson.write(refused))));

        ServiceCalls calls = context.calls();
        Items.define(context.inventoryServiceUrl(), Map.of(undefinedSku, 0), ledger);
        Map<String, Long> letters = deadLetterIds(calls, context.inventoryServiceUrl(), ledger);
        int first = calls.post(context.inventoryServiceUrl() + "/api/dead-letters/" + letters.get(undefinedSku)
                + "/retry", "").status();
        if (first == 200) {
            ledger.receiptAccepted(refused.receiptId(), undefinedSku, POISON_UNITS);
        }
        int again = calls.post(context.inventoryServiceUrl() + "/api/dead-letters/" + letters.get(undefinedSku)
                + "/retry", "").status();
        int stillUnreadable = calls.post(context.inventoryServiceUrl() + "/api/dead-letters/"
                + letters.get(unreadableKey) + "/retry", "").status();
        result.figure(Figure.text("retries (refused receipt, again, unreadable)", first + ", " + again + ", "
                + stillUnreadable));
        List<String> wrong = new ArrayList<>();
        expectStatus(wrong, "the refused receipt sent again once its item is defined", 200, first);
        expectStatus(wrong, "the same dead letter sent again a second time", 409, again);
        expectStatus(wrong, "the unreadable record sent again", 422, stillUnreadable);
        result.check(new Check("dead letters sent again", "a dead letter is handled once when sent again after its"
                + " cause is fixed, refused as done the second time, refused again while still poison", 3, wrong));
        return result.audit("after the refused receipt was sent again", context.audit(ledger)).build();
    }

    /** Each poison record is on warehouse.receipts.dlq once, as it was sent, with a reason. */
    private static Check onTheDeadLetterTopic(FaultContext context, Map<String, String> poisonByKey) {
        List<TopicRecords.Read> parked = TopicRecords.readAll(context.stack().kafkaBootstrapServers(),
                Topics.deadLetter(Topics.WAREHOUSE_RECEIPTS));
        List<String> wrong = new ArrayList<>();
        poisonByKey.forEach((key, value) -> {
            List<TopicRecords.Read> found = parked.stream().filter(read -> key.equals(read.key())).toList();
            String reason = found.size() == 1 ? found.get(0).headers().get("dlq-reason") : null;
            if (found.size() != 1 || !value.equals(found.get(0).value()) || reason == null || reason.isBlank()) {
                wrong.add("key " + key + ": " + found.size() + " record(s) on the dead-letter topic: " + found);
            }
        });
        return new Check("on the dead-letter topic", "each poison record is on warehouse.receipts.dlq once, as sent,"
                + " with its reason (dlq-reason)", poisonByKey.size(), wrong);
    }

    /** Key → id of the run's dead letters on warehouse.receipts, as inventory lists them. */
    private static Map<String, Long> deadLetterIds(ServiceCalls calls, String inventoryUrl, Ledger ledger)
            throws Exception {
        Map<String, Long> ids = new LinkedHashMap<>();
        JsonNode page = calls.getJson(inventoryUrl + "/api/dead-letters?topic=" + Topics.WAREHOUSE_RECEIPTS
                + "&size=200");
        for (JsonNode letter : page.path("deadLetters")) {
            if (ledger.owns(letter.path("key").asText())) {
                ids.put(letter.path("key").asText(), letter.path("id").asLong());
            }
        }
        return ids;
    }

    private static void expectStatus(List<String> wrong, String what, int expected, int actual) {
        if (expected != actual) {
            wrong.add(what + ": expected HTTP " + expected + ", got " + actual);
        }
    }
}
