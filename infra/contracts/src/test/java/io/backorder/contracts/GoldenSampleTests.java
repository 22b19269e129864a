package io.backorder.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.purchasing.PurchaseOrderLineReceived;
import io.backorder.contracts.purchasing.PurchaseOrderSent;
import io.backorder.contracts.storefront.OrderPlaced;
import io.backorder.contracts.warehouse.ReceiptScanned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden samples pin the wire format: a renamed, removed or added field in a record changes what it writes
 * back and fails here, before any consumer sees it.
 */
class GoldenSampleTests {

    static Set<String> types() {
        return EventTypes.all();
    }

    @Test
    void every_event_type_has_a_golden_sample() {
        assertThat(Golden.envelopeTypes()).containsExactlyInAnyOrderElementsOf(EventTypes.all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void a_sample_names_its_type_and_current_schema_version(String type) {
        EventEnvelope envelope = ContractJson.readEnvelope(Golden.envelopeText(type));

        assertThat(envelope.type()).isEqualTo(type);
        assertThat(envelope.schemaVersion()).isEqualTo(EventTypes.schemaVersionOf(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void a_sample_fills_every_field_of_envelope_and_data(String type) {
        assertThat(nullFields("$", Golden.envelope(type))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void data_read_into_its_record_writes_back_the_same_json(String type) {
        JsonNode sample = Golden.envelope(type).get("data");

        EventData data = ContractJson.fromData(sample, EventTypes.classOf(type));

        assertThat(data).isInstanceOf(EventTypes.classOf(type));
        assertThat(Golden.tree(ContractJson.write(data))).isEqualTo(sample);
        assertThat(Golden.tree(ContractJson.toData(data).toString())).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void an_envelope_rebuilt_from_its_record_writes_back_the_same_json(String type) {
        JsonNode sample = Golden.envelope(type);
        EventEnvelope read = ContractJson.readEnvelope(sample.toString());

        EventEnvelope rebuilt = EventEnvelope.of(read.eventId(), read.aggregateId(), read.aggregateVersion(),
                read.occurredAt(), read.correlationId(), read.causationId(), ContractJson.dataOf(read));

        assertThat(rebuilt).isEqualTo(read);
        assertThat(Golden.tree(ContractJson.writeEnvelope(rebuilt))).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void a_sample_with_unknown_extra_fields_still_reads(String type) {
        ObjectNode sample = Golden.envelope(type);
        EventData expected = ContractJson.dataOf(ContractJson.readEnvelope(sample.toString()));
        sample.put("partitionHint", 7);
        sample.putObject("tracing").put("span", "b7ad6b7169203331");
        ((ObjectNode) sample.get("data")).put("addedInSchemaVersion2", "ignored by version-1 readers");
        ((ObjectNode) sample.get("data")).putArray("moreLater").add(1).add("two");

        EventEnvelope envelope = ContractJson.readEnvelope(sample.toString());

        assertThat(envelope.type()).isEqualTo(type);
        assertThat(ContractJson.dataOf(envelope)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void another_mapper_configured_for_the_contract_writes_the_samples_the_same(String type) throws Exception {
        ObjectMapper other = ContractJson.configure(new ObjectMapper());
        String sample = Golden.envelopeText(type);

        EventEnvelope envelope = other.readValue(sample, EventEnvelope.class);
        EventData data = other.treeToValue(envelope.data(), EventTypes.classOf(type));

        assertThat(data).isEqualTo(ContractJson.dataOf(ContractJson.readEnvelope(sample)));
        assertThat(Golden.tree(other.writeValueAsString(data))).isEqualTo(envelope.data());
        assertThat(Golden.tree(other.writeValueAsString(envelope))).isEqualTo(Golden.tree(sample));
    }

    @Test
    void a_renamed_field_fails_the_round_trip() {
        ObjectNode data = (ObjectNode) Golden.envelope("OrderImported").get("data");
        data.set("orderNo", data.remove("orderNumber"));

        OrderImported read = ContractJson.fromData(data, OrderImported.class);

        assertThat(read.orderNumber()).isNull();
        assertThat(Golden.tree(ContractJson.write(read))).isNotEqualTo(data);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"OrderPlaced", "ReceiptScanned"})
    void a_bare_input_body_reads_and_writes_back_the_same_json(String name) {
        ObjectNode body = Golden.input(name);
        Class<? extends EventData> type = EventTypes.classOf(name);

        EventData read = ContractJson.read(body.toString(), type);

        assertThat(nullFields("$", body)).isEmpty();
        assertThat(Golden.tree(ContractJson.write(read))).isEqualTo(body);
        assertThat(read).isEqualTo(ContractJson.dataOf(ContractJson.readEnvelope(Golden.envelopeText(name))));
    }

    @Test
    void the_input_samples_are_the_seed_order_and_receipt() {
        OrderPlaced order = ContractJson.read(Golden.input("OrderPlaced").toString(), OrderPlaced.class);
        ReceiptScanned receipt = ContractJson.read(Golden.input("ReceiptScanned").toString(), ReceiptScanned.class);

        assertThat(order.customer().name()).isEqualTo("Ada Byron");
        assertThat(order.lines()).extracting(OrderPlaced.Line::sku, OrderPlaced.Line::quantity)
                .containsExactly(tuple("SKU123", 4),
                        tuple("SKU999", 1));
        assertThat(order.discountPercent()).isEqualByComparingTo("10");
        assertThat(receipt.sku()).isEqualTo("SKU123");
    }

    @Test
    void purchase_order_events_written_before_the_fields_this_project_added_still_read() {
        ObjectNode sent = (ObjectNode) Golden.envelope("PurchaseOrderSent").get("data");
        sent.remove("expectedDate");
        ObjectNode received = (ObjectNode) Golden.envelope("PurchaseOrderLineReceived").get("data");
        received.remove("receiptId");
        received.remove("overReceived");

        PurchaseOrderSent oldSent = ContractJson.fromData(sent, PurchaseOrderSent.class);
        PurchaseOrderLineReceived oldReceived = ContractJson.fromData(received, PurchaseOrderLineReceived.class);

        assertThat(oldSent.poNumber()).isEqualTo("PO-1");
        assertThat(oldSent.expectedDate()).isNull();
        assertThat(oldReceived.totalReceived()).isEqualTo(10);
        assertThat(oldReceived.receiptId()).isNull();
        assertThat(oldReceived.overReceived()).isZero();
    }

    @Test
    void an_envelope_of_an_unknown_type_reads_but_its_data_does_not() {
        ObjectNode sample = Golden.envelope("OrderApproved");
        sample.put("type", "OrderTeleported");

        EventEnvelope envelope = ContractJson.readEnvelope(sample.toString());

        assertThatThrownBy(() -> ContractJson.dataOf(envelope))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("OrderTeleported");
    }

    private static List<String> nullFields(String path, JsonNode node) {
        List<String> nulls = new ArrayList<>();
        if (node.isNull()) {
            nulls.add(path);
        } else if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                nulls.addAll(nullFields(path + "." + field.getKey(), field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                nulls.addAll(nullFields(path + "[" + i + "]", array.get(i)));
            }
        }
        return nulls;
    }
}
