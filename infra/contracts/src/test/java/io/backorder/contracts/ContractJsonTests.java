package io.backorder.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.StockReceived;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.contracts.orders.PaymentCaptured;
import io.backorder.contracts.purchasing.PurchaseOrderClosed;
import io.backorder.contracts.storefront.OrderPlaced;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractJsonTests {

    @Test
    void money_is_written_as_a_plain_decimal_string_keeping_its_scale() {
        JsonNode twelveFifty = ContractJson.toData(new PaymentCaptured("1001", "AUTH-1", "TX-1", new BigDecimal("12.50")));
        JsonNode hundred = ContractJson.toData(new PaymentCaptured("1001", "AUTH-1", "TX-1", new BigDecimal("1E+2")));

        assertThat(twelveFifty.get("amount").isTextual()).isTrue();
        assertThat(twelveFifty.get("amount").asText()).isEqualTo("12.50");
        assertThat(hundred.get("amount").asText()).isEqualTo("100");
    }

    @Test
    void money_reads_from_a_string_or_a_number_without_losing_digits() {
        String asString = "{\"orderNumber\":\"1001\",\"amount\":\"101.25\"}";
        String asNumber = "{\"orderNumber\":\"1001\",\"amount\":101.250}";

        assertThat(ContractJson.read(asString, PaymentCaptured.class).amount()).isEqualTo(new BigDecimal("101.25"));
        assertThat(ContractJson.read(asNumber, PaymentCaptured.class).amount()).isEqualTo(new BigDecimal("101.250"));
        assertThat(ContractJson.fromData(Golden.tree(asNumber), PaymentCaptured.class).amount())
                .isEqualTo(new BigDecimal("101.250"));
    }

    @Test
    void times_and_dates_are_iso_8601_strings() {
        BackorderFilled filled = new BackorderFilled("SKU123", "1003", 1, 2, 0, "FILL-1", true,
                LocalDate.of(2026, 12, 1), false, null);
        EventEnvelope envelope = EventEnvelope.of("e-1", "SKU123", 9, Instant.parse("2026-11-28T14:31:00Z"),
                "c-1", "e-0", filled);

        JsonNode written = Golden.tree(ContractJson.writeEnvelope(envelope));

        assertThat(written.get("occurredAt").asText()).isEqualTo("2026-11-28T14:31:00Z");
        assertThat(written.get("data").get("shipDate").asText()).isEqualTo("2026-12-01");
    }

    @Test
    void an_event_written_before_a_field_was_added_still_reads_with_its_absent_value() {
        ObjectNode filled = Golden.envelope("BackorderFilled");
        ((ObjectNode) filled.get("data")).remove("forSplit");
        ((ObjectNode) filled.get("data")).remove("capture");
        ObjectNode shipped = Golden.envelope("OrderShipped");
        ((ObjectNode) shipped.get("data")).remove("shipmentId");

        assertThat(ContractJson.dataOf(ContractJson.readEnvelope(filled.toString()))).isInstanceOfSatisfying(
                BackorderFilled.class, event -> {
                    assertThat(event.forSplit()).isFalse();
                    assertThat(event.capture()).as("no capture said: the parameter decides").isNull();
                });
        assertThat(ContractJson.dataOf(ContractJson.readEnvelope(shipped.toString()))).isInstanceOfSatisfying(
                OrderShipped.class, event -> assertThat(event.shipmentId()).isNull());
    }

    @Test
    void a_null_field_is_written_so_readers_see_every_field() {
        JsonNode written = ContractJson.toData(new StockReceived("SKU123", "R-2", 3, null, 14));

        assertThat(written.has("poNumber")).isTrue();
        assertThat(written.get("poNumber").isNull()).isTrue();
    }

    @Test
    void the_operator_travels_in_the_envelope_and_is_left_out_where_no_one_signed_in_decided() {
        EventEnvelope system = EventEnvelope.of("e-1", "SKU123", 9, Instant.parse("2026-11-28T14:31:00Z"),
                "c-1", "e-0", new StockReceived("SKU123", "R-2", 3, null, 14));
        EventEnvelope forced = new EventEnvelope("e-2", system.type(), 1, "SKU123", 10, system.occurredAt(), "c-2",
                null, "ana", system.data());

        assertThat(Golden.tree(ContractJson.writeEnvelope(system)).has("operator")).isFalse();
        JsonNode written = Golden.tree(ContractJson.writeEnvelope(forced));
        assertThat(written.get("operator").asText()).isEqualTo("ana");
        assertThat(ContractJson.readEnvelope(written.toString())).isEqualTo(forced);
    }

    @Test
    void wrapping_data_takes_its_type_and_schema_version_from_the_catalogue() {
        EventEnvelope envelope = EventEnvelope.of("e-1", "PO-1", 4, Instant.parse("2026-11-28T14:30:03Z"),
                "c-1", "e-0", new PurchaseOrderClosed("PO-1", PurchaseOrderClosed.Status.RECEIVED));

        assertThat(envelope.type()).isEqualTo("PurchaseOrderClosed");
        assertThat(envelope.schemaVersion()).isEqualTo(1);
        assertThat(envelope.data().get("status").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void a_kafka_value_in_bytes_reads_like_text() {
        String text = Golden.envelopeText("StockAllocated");

        assertThat(ContractJson.readEnvelope(text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ContractJson.readEnvelope(text));
    }

    @Test
    void malformed_json_is_refused_with_its_line_and_column() {
        assertThatThrownBy(() -> ContractJson.readEnvelope("{\"eventId\": \"e-1\",\n \"type\": OrderApproved}"))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("cannot read event envelope")
                .hasMessageContaining("line 2");
    }

    @Test
    void trailing_content_after_the_json_is_refused() {
        String twice = Golden.envelopeText("OrderApproved") + Golden.envelopeText("OrderApproved");

        assertThatThrownBy(() -> ContractJson.readEnvelope(twice)).isInstanceOf(ContractException.class);
    }

    @Test
    void a_value_of_the_wrong_kind_is_refused_naming_its_path() {
        ObjectNode sample = Golden.envelope("OrderShipped");
        ((ObjectNode) sample.get("data").get("lines").get(0)).put("quantity", "four");
        EventEnvelope envelope = ContractJson.readEnvelope(sample.toString());

        assertThatThrownBy(() -> ContractJson.dataOf(envelope))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("cannot read OrderShipped at $.lines[0].quantity");
    }

    @Test
    void a_fractional_quantity_is_refused_rather_than_truncated() {
        ObjectNode body = Golden.input("OrderPlaced");
        ((ObjectNode) body.get("lines").get(0)).put("quantity", 4.5);

        assertThatThrownBy(() -> ContractJson.read(body.toString(), OrderPlaced.class))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("cannot read OrderPlaced at $.lines[0].quantity");
    }

    @Test
    void a_bad_envelope_field_is_refused_naming_it() {
        ObjectNode sample = Golden.envelope("OrderApproved");
        sample.put("aggregateVersion", "third");

        assertThatThrownBy(() -> ContractJson.readEnvelope(sample.toString()))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("cannot read event envelope at $.aggregateVersion");
    }

    @Test
    void an_envelope_without_id_type_or_data_object_is_refused() {
        ObjectNode noId = Golden.envelope("OrderApproved");
        noId.remove("eventId");
        ObjectNode noType = Golden.envelope("OrderApproved");
        noType.put("type", " ");
        ObjectNode noData = Golden.envelope("OrderApproved");
        noData.remove("data");
        ObjectNode dataNotObject = Golden.envelope("OrderApproved");
        dataNotObject.putArray("data");

        assertThatThrownBy(() -> ContractJson.readEnvelope(noId.toString()))
                .isInstanceOf(ContractException.class).hasMessage("cannot read event envelope: eventId is missing");
        assertThatThrownBy(() -> ContractJson.readEnvelope(noType.toString()))
                .isInstanceOf(ContractException.class).hasMessage("cannot read event envelope: type is missing");
        assertThatThrownBy(() -> ContractJson.readEnvelope(noData.toString()))
                .isInstanceOf(ContractException.class).hasMessage("cannot read event envelope: data is missing");
        assertThatThrownBy(() -> ContractJson.readEnvelope(dataNotObject.toString()))
                .isInstanceOf(ContractException.class)
                .hasMessage("cannot read event envelope: data is ARRAY, not an object");
        assertThatThrownBy(() -> ContractJson.readEnvelope("null"))
                .isInstanceOf(ContractException.class).hasMessage("cannot read event envelope: the body is null");
    }

    @Test
    void empty_or_null_input_bodies_are_refused() {
        assertThatThrownBy(() -> ContractJson.read("", OrderPlaced.class)).isInstanceOf(ContractException.class);
        assertThatThrownBy(() -> ContractJson.read("null", OrderPlaced.class))
                .isInstanceOf(ContractException.class).hasMessage("cannot read OrderPlaced: the body is null");
        assertThatThrownBy(() -> ContractJson.fromData(null, OrderPlaced.class))
                .isInstanceOf(ContractException.class).hasMessage("cannot read OrderPlaced: the event has no data");
    }

    @Test
    void an_unknown_enum_value_is_refused() {
        String closed = "{\"poNumber\":\"PO-1\",\"status\":\"LOST\"}";

        assertThatThrownBy(() -> ContractJson.read(closed, PurchaseOrderClosed.class))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("cannot read PurchaseOrderClosed at $.status");
    }
}
