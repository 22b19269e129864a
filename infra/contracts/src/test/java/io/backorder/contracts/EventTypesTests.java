package io.backorder.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.storefront.OrderPlaced;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventTypesTests {

    static Set<String> types() {
        return EventTypes.all();
    }

    @ParameterizedTest(name = "{0} is published on {1}")
    @CsvSource({
            "OrderPlaced, storefront.orders",
            "ReceiptScanned, warehouse.receipts",
            "OrderImported, orders.events",
            "OrderCancelled, orders.events",
            "LineBackordered, inventory.events",
            "StockReceived, inventory.events",
            "PurchaseOrderClosed, purchasing.events",
            "StorefrontInventorySync, storefront.inventory"})
    void each_type_is_published_on_the_topic_the_contract_names(String type, String topic) {
        assertThat(EventTypes.topicOf(type)).isEqualTo(topic);
    }

    @Test
    void the_catalogue_lists_the_twenty_five_types_of_the_contract_and_the_thirteen_this_project_added() {
        assertThat(EventTypes.all()).hasSize(38);
        assertThat(EventTypes.typesOn(Topics.PARAMETERS_EVENTS)).containsExactly("ParameterChanged");
        assertThat(EventTypes.typesOn(Topics.ORDERS_EVENTS)).containsExactly("OrderImported", "OrderApproved",
                "PaymentCaptured", "PaymentCaptureFailed", "BackorderOrderCreated", "ShipDateSet", "OrderShipped",
                "OrderCancelled", "BackorderOrderLineAdded", "PaymentCaptureRequested", "ShipmentRequested",
                "OrderShipmentRefused");
        assertThat(EventTypes.typesOn(Topics.INVENTORY_EVENTS)).containsExactly("ItemDefined", "ItemChanged",
                "StockAllocated", "LineBackordered", "BackorderFilled", "BackorderCancelled", "AllocationReleased",
                "StockReceived", "StockAdjusted", "StockShipped", "AllocationTransferred", "ShipmentLineRefused");
        assertThat(EventTypes.typesOn(Topics.PURCHASING_EVENTS)).containsExactly("PurchaseOrderCreated",
                "PurchaseOrderSent", "PurchaseOrderLineReceived", "PurchaseOrderClosed", "PurchaseOrderLineChanged",
                "PurchaseOrderLineRemoved", "PurchaseOrderLate", "SupplierChanged", "SupplierItemChanged",
                "PromisedDateChanged");
    }

    @Test
    void every_topic_carries_some_type_and_every_type_a_known_topic() {
        Set<String> used = EventTypes.all().stream().map(EventTypes::topicOf).collect(Collectors.toSet());

        assertThat(used).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void a_dead_letter_topic_is_the_topic_with_dlq_appended() {
        assertThat(Topics.deadLetter(Topics.STOREFRONT_ORDERS)).isEqualTo("storefront.orders.dlq");
        assertThat(Topics.deadLetter(Topics.INVENTORY_EVENTS)).isEqualTo("inventory.events.dlq");
    }

    @Test
    void a_type_is_named_after_its_record() {
        assertThat(EventTypes.typeOf(OrderImported.class)).isEqualTo("OrderImported");
        assertThat(EventTypes.classOf("LineBackordered")).isEqualTo(LineBackordered.class);
        assertThat(EventTypes.schemaVersionOf(OrderPlaced.class)).isEqualTo(1);
        assertThat(EventTypes.find("OrderPlaced")).contains(OrderPlaced.class);
    }

    @Test
    void an_unknown_type_is_refused_by_name_and_by_class() {
        assertThat(EventTypes.isKnown("OrderTeleported")).isFalse();
        assertThat(EventTypes.find("OrderTeleported")).isEmpty();
        assertThat(EventTypes.find(null)).isEmpty();
        assertThatThrownBy(() -> EventTypes.classOf("OrderTeleported"))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessage("unknown event type: OrderTeleported");
        assertThatThrownBy(() -> EventTypes.topicOf(null)).isInstanceOf(UnknownEventTypeException.class);
        assertThatThrownBy(() -> EventTypes.typeOf(OrderImported.Line.class))
                .isInstanceOf(UnknownEventTypeException.class);
        assertThatThrownBy(() -> EventTypes.typeOf(String.class)).isInstanceOf(ContractException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void every_type_is_a_record_of_event_data_at_schema_version_1(String type) {
        Class<? extends EventData> dataClass = EventTypes.classOf(type);

        assertThat(dataClass.isRecord()).isTrue();
        assertThat(EventData.class).isAssignableFrom(dataClass);
        assertThat(EventTypes.typeOf(dataClass)).isEqualTo(type);
        assertThat(EventTypes.schemaVersionOf(type)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void no_record_has_a_getter_that_would_add_a_field_to_the_json(String type) {
        assertThat(getterStyleMethods(EventTypes.classOf(type))).isEmpty();
        for (Class<?> nested : EventTypes.classOf(type).getDeclaredClasses()) {
            assertThat(getterStyleMethods(nested)).as(nested.getName()).isEmpty();
        }
    }

    private static Set<String> getterStyleMethods(Class<?> type) {
        Set<String> components = type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet())
                : Set.of();
        Set<String> getters = new HashSet<>();
        for (Method method : type.getDeclaredMethods()) {
            String name = method.getName();
            boolean getterName = name.matches("(get|is)[A-Z].*");
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 0 && getterName && !components.contains(name)) {
                getters.add(name);
            }
        }
        return getters;
    }
}
