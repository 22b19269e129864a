package io.backorder.contracts;

import java.util.List;
import java.util.Objects;

/** The Kafka topics of the public contract; every producer and consumer names them through these constants. */
public final class Topics {

    /** Orders placed on a storefront, keyed by storefrontOrderId; written by storefronts. */
    public static final String STOREFRONT_ORDERS = "storefront.orders";
    /** Receipts scanned at the warehouse dock, keyed by sku; written by scanners. */
    public static final String WAREHOUSE_RECEIPTS = "warehouse.receipts";
    /** Order lifecycle events, keyed by orderNumber; written by order-service. */
    public static final String ORDERS_EVENTS = "orders.events";
    /** Stock, allocation and backorder events, keyed by sku; written by inventory-service. */
    public static final String INVENTORY_EVENTS = "inventory.events";
    /**
     * Purchase order events keyed by poNumber, and (added by this project) supplier events keyed by supplierId,
     * supplier item and promised-date events keyed by sku; written by purchasing-service.
     */
    public static final String PURCHASING_EVENTS = "purchasing.events";
    /** Quantity-on-hand corrections for the storefronts, keyed by sku; written by inventory-service. */
    public static final String STOREFRONT_INVENTORY = "storefront.inventory";

    /** Changes of the merchant's settings, keyed by service; written by every service (added by this project). */
    public static final String PARAMETERS_EVENTS = "parameters.events";

    /** Every topic of the contract, in the order the contract lists them (dead-letter topics excluded). */
    public static final List<String> ALL = List.of(
            STOREFRONT_ORDERS, WAREHOUSE_RECEIPTS, ORDERS_EVENTS, INVENTORY_EVENTS, PURCHASING_EVENTS, STOREFRONT_INVENTORY,
            PARAMETERS_EVENTS);

    /** What a topic's dead-letter twin appends to its name. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The topic where messages of {@code topic} that cannot be read or fail validation are parked. */
    public static String deadLetter(String topic) {
        Objects.requireNonNull(topic, "topic");
        return topic + DEAD_LETTER_SUFFIX;
    }
}
