package io.backorder.contracts;

import io.backorder.contracts.inventory.AllocationReleased;
import io.backorder.contracts.inventory.AllocationTransferred;
import io.backorder.contracts.inventory.BackorderCancelled;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.ItemChanged;
import io.backorder.contracts.inventory.ItemDefined;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.contracts.inventory.StockReceived;
import io.backorder.contracts.inventory.ShipmentLineRefused;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.contracts.orders.BackorderOrderCreated;
import io.backorder.contracts.orders.BackorderOrderLineAdded;
import io.backorder.contracts.orders.OrderApproved;
import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.orders.OrderShipmentRefused;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.contracts.orders.PaymentCaptureFailed;
import io.backorder.contracts.orders.PaymentCaptureRequested;
import io.backorder.contracts.orders.PaymentCaptured;
import io.backorder.contracts.orders.ShipDateSet;
import io.backorder.contracts.orders.ShipmentRequested;
import io.backorder.contracts.purchasing.PromisedDateChanged;
import io.backorder.contracts.purchasing.PurchaseOrderClosed;
import io.backorder.contracts.purchasing.PurchaseOrderCreated;
import io.backorder.contracts.purchasing.PurchaseOrderLate;
import io.backorder.contracts.purchasing.PurchaseOrderLineChanged;
import io.backorder.contracts.purchasing.PurchaseOrderLineReceived;
import io.backorder.contracts.purchasing.PurchaseOrderLineRemoved;
import io.backorder.contracts.purchasing.PurchaseOrderSent;
import io.backorder.contracts.purchasing.SupplierChanged;
import io.backorder.contracts.purchasing.SupplierItemChanged;
import io.backorder.contracts.storefront.OrderPlaced;
import io.backorder.contracts.parameters.ParameterChanged;
import io.backorder.contracts.storefront.StorefrontInventorySync;
import io.backorder.contracts.warehouse.ReceiptScanned;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event catalogue: every type name of the contract, the record its {@code data} reads into, the topic it is
 * published on and its current schema version. A type name is the record's simple class name.
 *
 * <p>Lookups by name or class throw {@link UnknownEventTypeException} (a {@link ContractException}) for anything
 * not listed here, so a consumer can dead-letter it like any other unreadable message; use {@link #isKnown} or
 * {@link #find} to ask without an exception.
 */
public final class EventTypes {

    /** The schema version every type has today; a changed shape gets a new version, never a silent edit. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    private record Entry(Class<? extends EventData> dataClass, String topic, int schemaVersion) {
    }

    private static final Map<String, Entry> BY_TYPE = new LinkedHashMap<>();

    static {
        register(Topics.STOREFRONT_ORDERS, OrderPlaced.class);
        register(Topics.WAREHOUSE_RECEIPTS, ReceiptScanned.class);
        register(Topics.ORDERS_EVENTS, OrderImported.class, OrderApproved.class, PaymentCaptured.class,
                PaymentCaptureFailed.class, BackorderOrderCreated.class, ShipDateSet.class, OrderShipped.class,
                OrderCancelled.class, BackorderOrderLineAdded.class, PaymentCaptureRequested.class,
                ShipmentRequested.class, OrderShipmentRefused.class);
        register(Topics.INVENTORY_EVENTS, ItemDefined.class, ItemChanged.class, StockAllocated.class,
                LineBackordered.class, BackorderFilled.class, BackorderCancelled.class, AllocationReleased.class,
                StockReceived.class, StockAdjusted.class, StockShipped.class, AllocationTransferred.class,
                ShipmentLineRefused.class);
        register(Topics.PURCHASING_EVENTS, PurchaseOrderCreated.class, PurchaseOrderSent.class,
                PurchaseOrderLineReceived.class, PurchaseOrderClosed.class, PurchaseOrderLineChanged.class,
                PurchaseOrderLineRemoved.class, PurchaseOrderLate.class, SupplierChanged.class, SupplierItemChanged.class,
                PromisedDateChanged.class);
        register(Topics.STOREFRONT_INVENTORY, StorefrontInventorySync.class);
        register(Topics.PARAMETERS_EVENTS, ParameterChanged.class);
    }

    private static final Set<String> ALL = Collections.unmodifiableSet(new LinkedHashSet<>(BY_TYPE.keySet()));

    private EventTypes() {
    }

    @SafeVarargs
    private static void register(String topic, Class<? extends EventData>... classes) {
        for (Class<? extends EventData> dataClass : classes) {
            Entry previous = BY_TYPE.put(dataClass.getSimpleName(),
                    new Entry(dataClass, topic, CURRENT_SCHEMA_VERSION));
            if (previous != null) {
                throw new IllegalStateException("two event types named " + dataClass.getSimpleName());
            }
        }
    }

    /** Every type name, topic by topic in the order of the contract. */
    public static Set<String> all() {
        return ALL;
    }

    /** Whether the catalogue lists {@code type}. */
    public static boolean isKnown(String type) {
        return type != null && BY_TYPE.containsKey(type);
    }

    /** The record that {@code type}'s data reads into, or empty for a type the catalogue does not list. */
    public static Optional<Class<? extends EventData>> find(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type)).map(Entry::dataClass);
    }

    /**
     * The record that {@code type}'s data reads into.
     *
     * @throws UnknownEventTypeException when the catalogue does not list {@code type}
     */
    public static Class<? extends EventData> classOf(String type) {
        return entry(type).dataClass();
    }

    /**
     * The type name of an event-data class (its simple name).
     *
     * @throws UnknownEventTypeException when the class is not in the catalogue
     */
    public static String typeOf(Class<?> dataClass) {
        String type = dataClass.getSimpleName();
        Entry entry = BY_TYPE.get(type);
        if (entry == null || entry.dataClass() != dataClass) {
            throw new UnknownEventTypeException(dataClass.getName());
        }
        return type;
    }

    /**
     * The schema version events of {@code type} are written with today.
     *
     * @throws UnknownEventTypeException when the catalogue does not list {@code type}
     */
    public static int schemaVersionOf(String type) {
        return entry(type).schemaVersion();
    }

    /**
     * The schema version events of this data class are written with today.
     *
     * @throws UnknownEventTypeException when the class is not in the catalogue
     */
    public static int schemaVersionOf(Class<? extends EventData> dataClass) {
        return schemaVersionOf(typeOf(dataClass));
    }

    /**
     * The topic {@code type} is published on.
     *
     * @throws UnknownEventTypeException when the catalogue does not list {@code type}
     */
    public static String topicOf(String type) {
        return entry(type).topic();
    }

    /** The type names published on {@code topic}, in catalogue order; empty for a topic with none. */
    public static Set<String> typesOn(String topic) {
        Set<String> types = new LinkedHashSet<>();
        BY_TYPE.forEach((type, entry) -> {
            if (entry.topic().equals(topic)) {
                types.add(type);
            }
        });
        return Collections.unmodifiableSet(types);
    }

    private static Entry entry(String type) {
        Entry entry = type == null ? null : BY_TYPE.get(type);
        if (entry == null) {
            throw new UnknownEventTypeException(type);
        }
        return entry;
    }
}
