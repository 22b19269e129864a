package io.backorder.inventory.messaging;

import static io.backorder.inventory.OrderEventsFixture.defineItem;
import static io.backorder.inventory.OrderEventsFixture.sku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.backorder.contracts.Topics;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** What an operator sees of refused records and set-aside outbox rows, and how they send them again. */
@QuarkusTest
class DeadLetterRetryTests {

    private static final String RECEIPTS = "inventory-service.warehouse-receipts";

    private final String kafka = TestKafka.get().bootstrapServers();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_dead_lettered_receipt_is_refused_again_while_its_item_is_unknown_and_received_once_when_retried_after() {
        String sku = sku("RETRY");
        long id = deadLetteredReceipt(sku, 6);

        given().get("/api/dead-letters/" + id).then().statusCode(200)
                .body("consumer", equalTo(RECEIPTS)).body("topic", equalTo(Topics.WAREHOUSE_RECEIPTS))
                .body("key", equalTo(sku)).body("reason", containsString("not defined"))
                .body("value", containsString(sku)).body("retryable", equalTo(true));

        given().post("/api/dead-letters/" + id + "/retry").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("not defined"));
        given().get("/api/dead-letters/" + id).then().statusCode(200)
                .body("retryable", equalTo(true)).body("retryOutcome", startsWith("refused again"));
        given().get("/api/items/" + sku).then().statusCode(404);

        defineItem(sku, 0);
        given().post("/api/dead-letters/" + id + "/retry").then().statusCode(200)
                .body("retryable", equalTo(false)).body("retryOutcome", equalTo("handled"))
                .body("retriedAt", notNullValue());
        given().get("/api/items/" + sku).then().body("onHand", equalTo(6));

        given().post("/api/dead-letters/" + id + "/retry").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("not handled twice"));
        given().get("/api/items/" + sku).then().body("onHand", equalTo(6));
    }

    @Test
    void two_retries_of_one_dead_letter_at_once_receive_the_units_once() throws Exception {
        String sku = sku("TWICE");
        long id = deadLetteredReceipt(sku, 4);
        defineItem(sku, 1);

        ExecutorService operators = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> retry = () -> given().post("/api/dead-letters/" + id + "/retry").then().extract().statusCode();
            Future<Integer> first = operators.submit(retry);
            Future<Integer> second = operators.submit(retry);
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            operators.shutdownNow();
        }
        given().get("/api/items/" + sku).then().body("onHand", equalTo(5));
    }

    @Test
    void dead_letters_are_listed_newest_first_and_filtered_by_consumer_and_topic() {
        String older = sku("LIST");
        String newer = sku("LIST");
        long olderId = deadLetteredReceipt(older, 1);
        long newerId = deadLetteredReceipt(newer, 1);

        JsonPath page = given().queryParam("consumer", RECEIPTS).queryParam("topic", Topics.WAREHOUSE_RECEIPTS)
                .queryParam("size", 500).get("/api/dead-letters").then().statusCode(200).extract().jsonPath();
        List<Long> ids = page.getList("deadLetters.id", Long.class);
        assertThat(ids).containsSubsequence(newerId, olderId);
        assertThat(page.getLong("total")).isGreaterThanOrEqualTo(2);
        assertThat(page.getList("deadLetters.consumer", String.class)).containsOnly(RECEIPTS);

        given().queryParam("topic", Topics.ORDERS_EVENTS).get("/api/dead-letters").then().statusCode(200)
                .body("deadLetters.topic.findAll { it != '" + Topics.ORDERS_EVENTS + "' }.size()", equalTo(0));
        given().get("/api/dead-letters/987654321").then().statusCode(404).contentType("application/problem+json");
        given().post("/api/dead-letters/987654321/retry").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("size", 0).get("/api/dead-letters").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void an_outbox_row_set_aside_is_listed_and_sent_again_once_an_operator_puts_it_back_in_line() throws Exception {
        String topic = "set-aside-" + UUID.randomUUID();
        TestKafka.get().createTopics(List.of(topic), 1);
        long position = setAsideRow(topic);

        JsonPath listed = given().queryParam("size", 500).get("/api/outbox/set-aside").then().statusCode(200)
                .extract().jsonPath();
        assertThat(listed.getList("rows.position", Long.class)).contains(position);
        assertThat(listed.getLong("total")).isGreaterThanOrEqualTo(1);
        given().get("/api/outbox/set-aside").then()
                .body("rows.find { it.position == " + position + " }.failure", containsString("RecordTooLarge"));

        given().post("/api/outbox/" + position + "/retry").then().statusCode(202)
                .body("position", equalTo((int) position)).body("attempts", equalTo(0));
        try (TopicProbe probe = TopicProbe.reading(kafka, List.of(topic))) {
            probe.awaitUntil(seen -> seen.stream().anyMatch(r -> "KEY-1".equals(r.key())), Duration.ofSeconds(30));
        }
        // once the broker acknowledged it, the relay deleted the row: there is nothing left to put back in line
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().post("/api/outbox/" + position + "/retry").then().statusCode(404)
                        .contentType("application/problem+json").body("detail", containsString("deletes a row")));
        given().get("/api/outbox/set-aside").then().body("rows.position", not(hasItem((int) position)));
        given().post("/api/outbox/987654321/retry").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void the_readiness_check_names_every_consumer_and_the_outbox_and_the_metrics_count_dead_letters_and_waits() {
        deadLetteredReceipt(sku("METRIC"), 1);

        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("inbox consumers"))
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.'unpublished rows'", org.hamcrest.Matchers.notNullValue())
                .body("checks.find { it.name == 'inbox consumers' }.data.'" + RECEIPTS + "'", equalTo("ok"))
                .body("checks.find { it.name == 'inbox consumers' }.data.'inventory-service.orders-events'",
                        equalTo("ok"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("backorder_inbox_dead_letters_total\\{consumer=\"" + RECEIPTS + "\"[^}]*} [1-9]")
                .contains("backorder_inbox_stalled_attempts{consumer=\"" + RECEIPTS + "\"")
                // the dead-lettered receipt's wait from the scanner to the commit that dead-lettered it
                .containsPattern("backorder_consumer_record_delay_seconds_count\\{consumer=\"" + RECEIPTS
                        + "\"[^}]*} [1-9]")
                .containsPattern("backorder_consumer_record_delay_seconds_bucket\\{consumer=\"" + RECEIPTS
                        + "\"[^}]*le=")
                .contains("backorder_outbox_set_aside_total")
                .containsPattern("backorder_outbox_backlog(\\{[^}]*})? [0-9]")
                .containsPattern("backorder_outbox_oldest_seconds(\\{[^}]*})? [0-9]")
                .contains("kafka_consumer_fetch_manager_records_lag")
                .contains("backorder_write_conflicts_total")
                .contains("backorder_fills_total");
    }

    @Test
    void a_channel_waiting_on_a_failing_record_is_never_failed_by_the_connector_for_its_unacknowledged_record() {
        // The throttled commit strategy fails a channel whose record waits unacknowledged longer than this;
        // infra/eventing turns that off for every channel, and the readiness check above reports the wait instead.
        assertThat(ConfigProvider.getConfig().getValue(
                "mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms", Integer.class)).isZero();
    }

    /** Sends a receipt for an item nobody defined and answers the id of the dead letter it becomes. */
    private long deadLetteredReceipt(String sku, int quantity) {
        TopicProbe.send(kafka, Topics.WAREHOUSE_RECEIPTS, sku,
                PoisonLeavesNoTraceTests.receipt("R-" + UUID.randomUUID(), sku, quantity), Map.of());
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath page = given().queryParam("consumer", RECEIPTS).queryParam("size", 500).get("/api/dead-letters")
                    .then().statusCode(200).extract().jsonPath();
            Number id = page.get("deadLetters.find { it.key == '" + sku + "' }.id");
            return id == null ? null : id.longValue();
        }, found -> found != null);
    }

    /** An outbox row as the relay leaves it after its last failed attempt. */
    private long setAsideRow(String topic) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into outbox (event_id, topic, message_key, payload, attempts, failure, failed_at)
                values (?, ?, 'KEY-1', '{}', 3, 'org.apache.kafka.common.errors.RecordTooLargeException: too large', now())
                returning position""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, topic);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
