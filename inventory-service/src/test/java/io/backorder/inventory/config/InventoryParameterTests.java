package io.backorder.inventory.config;

import static io.backorder.inventory.OrderEventsFixture.awaitAllocation;
import static io.backorder.inventory.OrderEventsFixture.defineItem;
import static io.backorder.inventory.OrderEventsFixture.imported;
import static io.backorder.inventory.OrderEventsFixture.line;
import static io.backorder.inventory.OrderEventsFixture.number;
import static io.backorder.inventory.OrderEventsFixture.publish;
import static io.backorder.inventory.OrderEventsFixture.setParameter;
import static io.backorder.inventory.OrderEventsFixture.sku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.Topics;
import io.backorder.contracts.parameters.ParameterChanged;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TestUsers;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InventoryParameterTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_parameters_are_listed_with_their_defaults() {
        given().get("/api/parameters").then().statusCode(200)
                .body("find { it.name == 'CheckInventory' }.value", equalTo("true"))
                .body("find { it.name == 'CheckInventory' }.type", equalTo("BOOLEAN"))
                .body("find { it.name == 'AllowCancelBackorders' }.defaultValue", equalTo("true"))
                .body("name", hasItem("SyncStorefrontInventoryAtImport"));
    }

    @Test
    void an_unknown_parameter_is_a_404_and_a_value_of_the_wrong_type_a_400() {
        given().contentType(ContentType.JSON).body("{ \"value\": true }").put("/api/parameters/NoSuchThing")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{ \"value\": \"yes\" }").put("/api/parameters/CheckInventory")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("value"));
        given().contentType(ContentType.JSON).body("{ }").put("/api/parameters/CheckInventory")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/parameters").then().body("find { it.name == 'CheckInventory' }.value", equalTo("true"));
    }

    @Test
    void a_change_is_recorded_with_the_signed_in_user_never_a_header_and_published() {
        TestUsers.as(TestUsers.ADMIN).contentType(ContentType.JSON).header("X-Operator", "ops@example.com")
                .body("{ \"value\": false }").put("/api/parameters/AutoFillOnReceipt")
                .then().statusCode(200).body("value", equalTo("false")).body("changedBy", equalTo(TestUsers.ADMIN));

        try (TopicProbe probe = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.PARAMETERS_EVENTS))) {
            List<ConsumerRecord<String, String>> seen = probe.awaitUntil(records -> records.stream()
                    .anyMatch(r -> changeOfAutoFillBy(r.value(), TestUsers.ADMIN)), Duration.ofSeconds(30));
            EventEnvelope envelope = ContractJson.readEnvelope(seen.stream()
                    .filter(r -> changeOfAutoFillBy(r.value(), TestUsers.ADMIN)).findFirst().orElseThrow().value());
            assertThat(envelope.type()).isEqualTo("ParameterChanged");
            assertThat(envelope.data().get("service").asText()).isEqualTo("inventory-service");
            assertThat(seen).noneMatch(r -> r.value().contains("ops@example.com"));
        }
    }

    @Test
    void only_an_admin_changes_a_parameter_and_a_viewer_reads_them() {
        TestUsers.as(TestUsers.OPERATOR).contentType(ContentType.JSON).body("{ \"value\": false }")
                .put("/api/parameters/AutoFillOnReceipt").then().statusCode(403).contentType("application/problem+json");
        TestUsers.anonymous().contentType(ContentType.JSON).body("{ \"value\": false }")
                .put("/api/parameters/AutoFillOnReceipt").then().statusCode(401).contentType("application/problem+json");
        TestUsers.as(TestUsers.VIEWER).get("/api/parameters/AutoFillOnReceipt").then().statusCode(200);
    }

    private static boolean changeOfAutoFillBy(String value, String user) {
        return value.contains("\"AutoFillOnReceipt\"") && value.contains("\"changedBy\":\"" + user + "\"");
    }

    @Test
    void a_change_made_on_another_instance_takes_effect_here_when_its_event_arrives() throws Exception {
        given().get("/api/parameters/AllowCancelBackorders").then().statusCode(200).body("value", equalTo("true"));
        // Another instance of inventory-service stores the change in the shared database and publishes it.
        try (Connection connection = dataSource.getConnection(); PreparedStatement store = connection.prepareStatement(
                "insert into parameter_value (name, value, changed_by, changed_at) values ('AllowCancelBackorders',"
                        + " 'false', 'other-instance', now()) on conflict (name) do update set value = 'false'")) {
            store.executeUpdate();
        }
        given().get("/api/parameters/AllowCancelBackorders").then().body("value", equalTo("true"));
        try {
            ParameterChanged change = new ParameterChanged("inventory-service", "AllowCancelBackorders", "false", "true",
                    "other-instance", Instant.now());
            EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID().toString(), "inventory-service", 99,
                    Instant.now(), null, null, change);
            TopicProbe.send(TestKafka.get().bootstrapServers(), Topics.PARAMETERS_EVENTS, "inventory-service",
                    ContractJson.writeEnvelope(envelope), Map.of());

            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().get("/api/parameters/AllowCancelBackorders").then().body("value", equalTo("false")));
        } finally {
            setParameter("AllowCancelBackorders", true);
        }
    }

    @Test
    void without_checking_inventory_every_line_is_allocated_in_full_from_the_next_order_on() {
        String sku = sku("UNCHECKED");
        defineItem(sku, 1);
        setParameter("CheckInventory", false);
        try {
            String order = number();
            publish(imported(order, List.of(line(1, sku, 5))));
            awaitAllocation(order, 1, 5, 0);
        } finally {
            setParameter("CheckInventory", true);
        }
        String next = number();
        publish(imported(next, List.of(line(1, sku, 1))));
        awaitAllocation(next, 1, 0, 1);
    }

    @Test
    void a_presold_line_backordered_at_import_sets_the_storefronts_count_back_to_zero() {
        String sku = sku("PRESOLD");
        defineItem(sku, 0);
        setParameter("SyncStorefrontInventoryAtImport", true);
        try (TopicProbe probe = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.STOREFRONT_INVENTORY))) {
            String order = number();
            publish(imported(order, List.of(line(1, sku, 2, -2))));
            awaitAllocation(order, 1, 0, 2);

            ConsumerRecord<String, String> sync = probe.awaitUntil(records -> records.stream()
                    .anyMatch(r -> sku.equals(r.key())), Duration.ofSeconds(30))
                    .stream().filter(r -> sku.equals(r.key())).findFirst().orElseThrow();
            EventEnvelope envelope = ContractJson.readEnvelope(sync.value());
            assertThat(envelope.type()).isEqualTo("StorefrontInventorySync");
            assertThat(envelope.data().get("storefront").asText()).isEqualTo("web");
            assertThat(envelope.data().get("quantityOnHand").asInt()).isZero();
        } finally {
            setParameter("SyncStorefrontInventoryAtImport", false);
        }
    }
}
