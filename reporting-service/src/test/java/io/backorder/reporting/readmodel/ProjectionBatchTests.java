package io.backorder.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.contracts.orders.OrderApproved;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.purchasing.PromisedDateChanged;
import io.backorder.contracts.purchasing.PurchaseOrderCreated;
import io.backorder.contracts.purchasing.PurchaseOrderLineChanged;
import io.backorder.contracts.purchasing.PurchaseOrderSent;
import io.backorder.contracts.purchasing.SupplierItemChanged;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.PoisonMessageException;
import io.backorder.eventing.Sql;
import io.backorder.reporting.ReportingDatabase;
import io.backorder.reporting.TopicEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A batch of records projected as the live consumers and the rebuild project theirs. Each test
 * writes in a transaction it rolls back: the rows come from no topic, so a rebuild would not make
 * them again, and the reports other tests compare must not hold them.
 */
@QuarkusTest
class ProjectionBatchTests {

    /** Long before any other test's events, so the backlog's rows at these times are this test's. */
    private static final Instant NINE = Instant.parse("2001-02-03T09:00:00Z");
    private static final Instant TEN = Instant.parse("2001-02-03T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2001-02-03T11:00:00Z");

    private final AtomicLong offsets = new AtomicLong();

    @Inject
    Projections projections;

    @Test
    void a_poison_record_in_the_middle_of_a_batch_is_refused_and_the_others_are_projected_in_their_order()
            throws Exception {
        String order = TopicEvents.unique("SO");
        String widgets = TopicEvents.unique("WIDGET");
        ProjectionBatch batch = projections.batch(ProjectedTopic.INVENTORY);

        batch.add(record(Topics.INVENTORY_EVENTS, widgets,
                new LineBackordered(widgets, order, 1, 2, BackorderReason.OUT_OF_STOCK, true), NINE));
        IncomingRecord poison = new IncomingRecord(Topics.INVENTORY_EVENTS, 0, offsets.incrementAndGet(), widgets,
                "{not json", Map.of(), UUID.randomUUID().toString());
        assertThatThrownBy(() -> batch.add(poison)).isInstanceOf(PoisonMessageException.class);
        batch.add(record(Topics.INVENTORY_EVENTS, widgets,
                new BackorderFilled(widgets, order, 1, 2, 0, "fill-1", true, null, false, null), TEN));
        batch.add(record(Topics.INVENTORY_EVENTS, widgets,
                new LineBackordered(widgets, order, 1, 1, BackorderReason.FORCED, true), ELEVEN));
        batch.add(record(Topics.INVENTORY_EVENTS, widgets, new StockShipped(widgets, order, 1, 2, 5, "ship-1"), ELEVEN));

        try (Connection connection = connection()) {
            batch.write(connection);

            assertThat(backlogChanges(connection))
                    .containsExactly(NINE + " 2 1 1", TEN + " -2 -1 -1", ELEVEN + " 1 1 1");
            assertThat(Sql.<String>one(connection, """
                    select sku, allocated, needed, shipped, first_reason, needed_at_import, waiting_since
                      from rm_line where order_number = ?""",
                    rs -> rs.getString(1) + " allocated=" + rs.getInt(2) + " needed=" + rs.getInt(3) + " shipped="
                            + rs.getInt(4) + " " + rs.getString(5) + " atImport=" + rs.getInt(6) + " since "
                            + Sql.instant(rs, "waiting_since"), order))
                    .isEqualTo(widgets + " allocated=0 needed=1 shipped=2 OUT_OF_STOCK atImport=2 since " + ELEVEN);
            assertThat(Sql.<Integer>one(connection, "select on_hand from rm_item where sku = ?", rs -> rs.getInt(1), widgets))
                    .isEqualTo(5);
            assertThat(Sql.<Integer>one(connection, "select quantity from rm_shipment_line where order_number = ?",
                    rs -> rs.getInt(1), order)).isEqualTo(2);
            connection.rollback();
        }
    }

    @Test
    void an_order_waits_until_its_last_line_is_filled_though_each_batch_reads_only_the_lines_it_changes()
            throws Exception {
        String order = TopicEvents.unique("SO");
        String widgets = TopicEvents.unique("WIDGET");
        String gizmos = TopicEvents.unique("GIZMO");

        try (Connection connection = connection()) {
            projectInventory(connection,
                    record(Topics.INVENTORY_EVENTS, widgets, new LineBackordered(widgets, order, 1, 2, BackorderReason.OUT_OF_STOCK, true), NINE),
                    record(Topics.INVENTORY_EVENTS, gizmos, new LineBackordered(gizmos, order, 2, 1, BackorderReason.OUT_OF_STOCK, true), NINE));
            projectInventory(connection, record(Topics.INVENTORY_EVENTS, widgets,
                    new BackorderFilled(widgets, order, 1, 2, 0, "fill-1", true, null, false, null), TEN));
            assertThat(orderNeed(connection, order)).as("line 2 still waits").isEqualTo(1);
            projectInventory(connection, record(Topics.INVENTORY_EVENTS, gizmos,
                    new BackorderFilled(gizmos, order, 2, 1, 0, "fill-2", true, null, false, null), ELEVEN));

            assertThat(backlogChanges(connection)).containsExactly(NINE + " 2 1 1", NINE + " 1 1 0", TEN + " -2 -1 0",
                    ELEVEN + " -1 -1 -1");
            assertThat(orderNeed(connection, order)).isZero();
            connection.rollback();
        }
    }

    /** The backlog's changes between nine and eleven: "at units lines orders". */
    private static List<String> backlogChanges(Connection connection) {
        return Sql.query(connection, """
                select at, units, lines, orders from rm_backlog_change where at between ? and ? order by id""",
                rs -> Sql.instant(rs, "at") + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + rs.getInt(4),
                NINE, ELEVEN);
    }

    private static int orderNeed(Connection connection, String order) {
        return Sql.one(connection, "select needed from rm_order_need where order_number = ?", rs -> rs.getInt(1),
                order);
    }

    private void projectInventory(Connection connection, IncomingRecord... records) {
        ProjectionBatch batch = projections.batch(ProjectedTopic.INVENTORY);
        for (IncomingRecord record : records) {
            batch.add(record);
        }
        batch.write(connection);
    }

    @Test
    void a_batch_that_imports_an_order_and_approves_it_writes_the_order_once_with_its_lines_and_its_import()
            throws Exception {
        String order = TopicEvents.unique("SO");
        String importId = TopicEvents.unique("IMPORT");
        ProjectionBatch batch = projections.batch(ProjectedTopic.ORDERS);

        batch.add(record(Topics.ORDERS_EVENTS, order, new OrderImported(order, "WEB-" + order, "web", importId,
                new OrderImported.Customer("C-1", "Ada Byron", "ada@example.com"), NINE, BigDecimal.ZERO,
                List.of(new OrderImported.Line(1, "WIDGET", 2, BigDecimal.ONE, null),
                        new OrderImported.Line(2, "GIZMO", 1, BigDecimal.ONE, null)), null), TEN));
        batch.add(record(Topics.ORDERS_EVENTS, order, new OrderApproved(order, ELEVEN), ELEVEN));

        try (Connection connection = connection()) {
            batch.write(connection);

            assertThat(Sql.<String>one(connection, "select customer_name, placed_at, approved from rm_order where order_number = ?",
                    rs -> rs.getString(1) + " " + Sql.instant(rs, "placed_at") + " " + rs.getBoolean(3), order))
                    .isEqualTo("Ada Byron " + NINE + " true");
            assertThat(Sql.query(connection, "select line_no, sku, ordered from rm_line where order_number = ? order by 1",
                    rs -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getInt(3), order))
                    .containsExactly("1 WIDGET 2", "2 GIZMO 1");
            assertThat(Sql.<Instant>one(connection, "select first_seen_at from rm_import where import_id = ?",
                    rs -> Sql.instant(rs, "first_seen_at"), importId)).isEqualTo(TEN);
            connection.rollback();
        }
    }

    @Test
    void a_batch_of_purchasing_events_writes_each_lines_last_promise_and_each_items_last_supplier_beside_its_purchase_order()
            throws Exception {
        String order = TopicEvents.unique("SO");
        String widgets = TopicEvents.unique("WIDGET");
        String po = TopicEvents.unique("PO");
        ProjectionBatch batch = projections.batch(ProjectedTopic.PURCHASING);

        batch.add(record(Topics.PURCHASING_EVENTS, widgets, new PromisedDateChanged(widgets, order, 1, 2,
                PromisedDateChanged.Status.NOT_ON_ORDER, null, null, false), NINE));
        batch.add(record(Topics.PURCHASING_EVENTS, widgets, new SupplierItemChanged(widgets, "ACME", BigDecimal.ONE,
                1, 1, 0), NINE));
        batch.add(record(Topics.PURCHASING_EVENTS, po, new PurchaseOrderCreated(po, "GLOBEX",
                List.of(new PurchaseOrderCreated.Line(widgets, 10, BigDecimal.ONE)), 30), TEN));
        batch.add(record(Topics.PURCHASING_EVENTS, po, new PurchaseOrderLineChanged(po, widgets, 12, BigDecimal.ONE), TEN));
        batch.add(record(Topics.PURCHASING_EVENTS, po, new PurchaseOrderSent(po, TEN, null), TEN));
        batch.add(record(Topics.PURCHASING_EVENTS, widgets, new SupplierItemChanged(widgets, "GLOBEX", BigDecimal.ONE,
                1, 1, 0), TEN));
        batch.add(record(Topics.PURCHASING_EVENTS, widgets, new PromisedDateChanged(widgets, order, 1, 2,
                PromisedDateChanged.Status.ON_ORDER, LocalDate.parse("2001-03-01"), po, false), ELEVEN));

        try (Connection connection = connection()) {
            batch.write(connection);

            assertThat(Sql.<String>one(connection,
                    "select promise_status, promised_date, promised_po from rm_line where order_number = ? and line_no = 1",
                    rs -> rs.getString(1) + " " + rs.getDate(2) + " " + rs.getString(3), order))
                    .isEqualTo("ON_ORDER 2001-03-01 " + po);
            assertThat(Sql.<String>one(connection, "select supplier_id from rm_item where sku = ?",
                    rs -> rs.getString(1), widgets)).isEqualTo("GLOBEX");
            assertThat(Sql.<String>one(connection, """
                    select o.status, o.supplier_id, l.ordered from rm_purchase_order o
                      join rm_purchase_line l using (po_number) where po_number = ?""",
                    rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3), po)).isEqualTo("SENT GLOBEX 12");
            connection.rollback();
        }
    }

    @Test
    void a_promised_date_for_no_order_line_is_refused_as_poison_and_leaves_the_batch_as_it_was() throws Exception {
        String widgets = TopicEvents.unique("WIDGET");
        String order = TopicEvents.unique("SO");
        ProjectionBatch batch = projections.batch(ProjectedTopic.PURCHASING);

        assertThatThrownBy(() -> batch.add(record(Topics.PURCHASING_EVENTS, widgets, new PromisedDateChanged(widgets,
                null, 1, 2, PromisedDateChanged.Status.IN_STOCK, null, null, false), NINE)))
                .isInstanceOf(PoisonMessageException.class).hasMessageContaining("orderNumber");
        batch.add(record(Topics.PURCHASING_EVENTS, widgets, new PromisedDateChanged(widgets, order, 1, 2,
                PromisedDateChanged.Status.IN_STOCK, null, null, false), NINE));

        try (Connection connection = connection()) {
            batch.write(connection);

            assertThat(Sql.query(connection, "select order_number, promise_status from rm_line where sku = ?",
                    rs -> rs.getString(1) + " " + rs.getString(2), widgets)).containsExactly(order + " IN_STOCK");
            connection.rollback();
        }
    }

    private IncomingRecord record(String topic, String key, EventData data, Instant occurredAt) {
        EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID().toString(), key, 1, occurredAt,
                UUID.randomUUID().toString(), null, data);
        return new IncomingRecord(topic, 0, offsets.incrementAndGet(), key, ContractJson.writeEnvelope(envelope),
                Map.of(EventHeaders.EVENT_ID, envelope.eventId()), envelope.eventId());
    }

    /** A connection of its own, in a transaction the test rolls back. */
    private static Connection connection() throws Exception {
        Connection connection = ReportingDatabase.connect();
        connection.setAutoCommit(false);
        return connection;
    }
}
