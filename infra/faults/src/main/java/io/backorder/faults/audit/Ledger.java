package io.backorder.faults.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a fault run sent and what the services accepted, kept by the run as it goes (from several threads): the
 * audit holds the databases against it. Every sku, storefront order id and receipt id of the run starts with
 * {@link #prefix()}, so runs on one stack never meet and the audit knows which rows are this run's.
 */
public final class Ledger {

    /** A receipt the run expects inventory to have taken once. */
    public record Receipt(String sku, int quantity) {
    }

    /** A record the run expects a consumer to have dead-lettered: on {@code topic}, with this key. */
    public record ExpectedDeadLetter(String service, String topic, String key, String why) {
    }

    private final String prefix;
    private final Map<String, Integer> initialStock = new ConcurrentHashMap<>();
    private final Set<String> sentOrders = ConcurrentHashMap.newKeySet();
    private final Map<String, Receipt> acceptedReceipts = new ConcurrentHashMap<>();
    private final Set<String> refusedReceipts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger forcesAccepted = new AtomicInteger();
    private final AtomicInteger backorderCancelsAccepted = new AtomicInteger();
    private final Set<String> cancelledOrders = ConcurrentHashMap.newKeySet();
    private final List<ExpectedDeadLetter> expectedDeadLetters = new CopyOnWriteArrayList<>();
    /** Per service, the newest dead letter when the run began: older ones are another run's. */
    private final Map<String, Long> deadLettersBefore = new ConcurrentHashMap<>();

    public Ledger(String prefix) {
        if (!prefix.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("not a run prefix: " + prefix);
        }
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** True for a sku, storefront order id or receipt id of this run. */
    public boolean owns(String id) {
        return id != null && id.startsWith(prefix);
    }

    public void defined(String sku, int initialQuantity) {
        initialStock.put(sku, initialQuantity);
    }

    public void orderSent(String storefrontOrderId) {
        sentOrders.add(storefrontOrderId);
    }

    public void receiptAccepted(String receiptId, String sku, int quantity) {
        acceptedReceipts.put(receiptId, new Receipt(sku, quantity));
        refusedReceipts.remove(receiptId);
    }

    /** A receipt that must leave no trace (poison): no receipt row, no units. */
    public void receiptRefused(String receiptId) {
        refusedReceipts.add(receiptId);
    }

    public void forceAccepted() {
        forcesAccepted.incrementAndGet();
    }

    public void backorderCancelAccepted() {
        backorderCancelsAccepted.incrementAndGet();
    }

    public void orderCancelled(String orderNumber) {
        cancelledOrders.add(orderNumber);
    }

    public void expectDeadLetter(ExpectedDeadLetter letter) {
        expectedDeadLetters.add(letter);
    }

    /** The newest dead letter {@code service} had when the run began (0: none); the audit looks at later ones. */
    public void deadLettersBefore(String service, long newestId) {
        deadLettersBefore.put(service, newestId);
    }

    /** True for a dead letter kept after the run began. */
    public boolean newSinceStart(DeadLetterSeen letter) {
        return letter.id() > deadLettersBefore.getOrDefault(letter.service(), 0L);
    }

    public Map<String, Integer> initialStock() {
        return Map.copyOf(initialStock);
    }

    public Set<String> sentOrders() {
        return Set.copyOf(sentOrders);
    }

    public Map<String, Receipt> acceptedReceipts() {
        return Map.copyOf(acceptedReceipts);
    }

    public Set<String> refusedReceipts() {
        return Set.copyOf(refusedReceipts);
    }

    public int forcesAccepted() {
        return forcesAccepted.get();
    }

    public int backorderCancelsAccepted() {
        return backorderCancelsAccepted.get();
    }

    public Set<String> cancelledOrders() {
        return Set.copyOf(cancelledOrders);
    }

    public List<ExpectedDeadLetter> expectedDeadLetters() {
        return List.copyOf(expectedDeadLetters);
    }
}
