package io.backorder.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void orderAIsShapedLikeTheContractsOrderPlaced() throws Exception {
        ObjectNode body = DemoData.orderBody(json, DemoData.ORDERS.get(0), LocalDate.of(2026, 11, 27));

        assertThat(json.readTree(json.writeValueAsString(body))).isEqualTo(json.readTree("""
                { "storefrontOrderId": "WEB-10001", "storefront": "web",
                  "customer": { "id": "C-1", "name": "Ada Byron", "email": "ada@example.com" },
                  "placedAt": "2026-11-27T08:00:00Z", "discountPercent": "0",
                  "payment": { "authorizationId": "AUTH-1", "amount": "140.00" },
                  "lines": [ { "sku": "SKU123", "quantity": 4, "unitPrice": "25.00" },
                             { "sku": "SKU999", "quantity": 1, "unitPrice": "40.00" } ] }
                """));
    }

    @Test
    void ordersBAndCEachWantTwoWidgetsFiveAndTenMinutesLater() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        ObjectNode b = DemoData.orderBody(json, DemoData.ORDERS.get(1), day);
        ObjectNode c = DemoData.orderBody(json, DemoData.ORDERS.get(2), day);

        assertThat(b.path("storefrontOrderId").asText()).isEqualTo("WEB-10002");
        assertThat(b.path("customer").path("name").asText()).isEqualTo("Grace Hopper");
        assertThat(b.path("placedAt").asText()).isEqualTo("2026-11-27T08:05:00Z");
        assertThat(c.path("customer").path("name").asText()).isEqualTo("Alan Turing");
        assertThat(c.path("placedAt").asText()).isEqualTo("2026-11-27T08:10:00Z");
        for (ObjectNode order : new ObjectNode[] {b, c}) {
            assertThat(order.path("lines")).hasSize(1);
            assertThat(order.path("lines").get(0).path("sku").asText()).isEqualTo("SKU123");
            assertThat(order.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
        }
    }

    @Test
    void itemsAreTrackedAndNotDiscontinued() {
        ObjectNode item = DemoData.itemBody(json, "Blue widget", 5);

        assertThat(item.toString()).isEqualTo(
                "{\"description\":\"Blue widget\",\"tracked\":true,\"discontinued\":false,\"initialQuantityOnHand\":5}");
    }

    @Test
    void theSupplierSellsBothItemsWidgetsInLotsOfFiveAboveAReorderPointOfTwo() throws Exception {
        ObjectNode widgets = DemoData.supplierItemBody(json, DemoData.SUPPLIER_ITEMS.get(0));

        assertThat(DemoData.supplierBody(json).toString()).isEqualTo(
                "{\"name\":\"Acme Supply\",\"email\":\"orders@acme.example\",\"leadTimeDays\":7}");
        assertThat(json.readTree(widgets.toString())).isEqualTo(json.readTree("""
                { "supplierId": "SUP-ACME", "unitCost": "7.40", "minimumQuantity": 5, "lotSize": 5,
                  "reorderPoint": 2 }
                """));
        assertThat(DemoData.SUPPLIER_ITEMS).extracting(DemoData.SupplierItem::sku).containsExactly("SKU123", "SKU999");
    }
}
