package io.backorder.inventory.app;

import static io.backorder.inventory.OrderEventsFixture.awaitAllocation;
import static io.backorder.inventory.OrderEventsFixture.defineItem;
import static io.backorder.inventory.OrderEventsFixture.imported;
import static io.backorder.inventory.OrderEventsFixture.line;
import static io.backorder.inventory.OrderEventsFixture.number;
import static io.backorder.inventory.OrderEventsFixture.publish;
import static io.backorder.inventory.OrderEventsFixture.sku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.eventing.ConflictRetry;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.EventStore;
import io.backorder.eventing.StreamId;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.inventory.domain.StockItem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Items are kept in memory between commands (so a command costs the same however long the item's
 * history); these tests hold that a copy in memory is never trusted over the event store.
 */
@QuarkusTest
class StockItemsTests {

    @Inject
    StockItems items;

    @Inject
    Transactions transactions;

    @Inject
    EventStore eventStore;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void units_another_instance_took_away_are_never_promised_from_memory() {
        String sku = sku("SKU-ELSEWHERE");
        defineItem(sku, 5);
        onHandInMemory(sku);
        // Another instance of inventory-service counts the shelf empty: this instance's copy is now stale.
        QuarkusTransaction.requiringNew().run(() -> appendDirectly(sku, 2, new StockAdjusted(sku, -5, "cycle count", 0)));

        String order = number();
        publish(imported(order, List.of(line(1, sku, 3))));

        awaitAllocation(order, 1, 0, 3);
        assertThat(onHandInMemory(sku)).isZero();
    }

    @Test
    void a_decision_whose_transaction_rolled_back_is_forgotten() {
        String sku = sku("SKU-ROLLBACK");
        defineItem(sku, 5);

        assertThatThrownBy(() -> transactions.inTransaction(connection -> {
            StockItem item = items.load(connection, sku);
            items.save(item, item.adjust(100, "found a pallet"), EventMetadata.newFlow());
            throw new IllegalStateException("the command failed after deciding");
        })).hasMessageContaining("failed after deciding");

        assertThat(onHandInMemory(sku)).isEqualTo(5);
    }

    @Test
    void every_load_of_an_item_within_one_transaction_sees_the_decisions_made_before_it() {
        String sku = sku("SKU-TWICE");
        defineItem(sku, 5);

        int seenBySecondLoad = transactions.inTransaction(connection -> {
            StockItem first = items.load(connection, sku);
            items.save(first, first.adjust(2, "recount"), EventMetadata.newFlow());
            return items.load(connection, sku).onHand();
        });

        assertThat(seenBySecondLoad).isEqualTo(7);
        assertThat(onHandInMemory(sku)).isEqualTo(7);
    }

    @Test
    void items_loaded_together_are_each_caught_up_with_what_another_instance_wrote_and_share_the_transaction_s_copy() {
        String stale = sku("SKU-ALL-STALE");
        String fresh = sku("SKU-ALL-FRESH");
        String unknown = sku("SKU-ALL-UNKNOWN");
        defineItem(stale, 5);
        defineItem(fresh, 3);
        onHandInMemory(stale);
        onHandInMemory(fresh);
        QuarkusTransaction.requiringNew().run(() -> appendDirectly(stale, 2, new StockAdjusted(stale, -4, "cycle count", 1)));

        List<Integer> seen = transactions.inTransaction(connection -> {
            Map<String, StockItem> loaded = items.loadAll(connection, List.of(stale, fresh, unknown));
            StockItem again = items.load(connection, stale);
            return List.of(loaded.get(stale).onHand(), loaded.get(fresh).onHand(), loaded.get(unknown).onHand(),
                    again == loaded.get(stale) ? 1 : 0);
        });

        assertThat(seen).containsExactly(1, 3, 0, 1);
    }

    @Test
    void a_stale_writer_is_refused_with_the_services_own_database_settings() {
        String sku = sku("SKU-STALE");
        defineItem(sku, 5);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                appendDirectly(sku, 1, new StockAdjusted(sku, 1, "late writer", 6))))
                .matches(ConflictRetry::isLostRace, "a lost race (a version conflict)");
    }

    private int onHandInMemory(String sku) {
        return transactions.inTransaction(connection -> items.load(connection, sku).onHand());
    }

    private void appendDirectly(String sku, long expectedVersion, StockAdjusted event) {
        try (Connection connection = dataSource.getConnection()) {
            eventStore.append(connection, StreamId.of(StockItem.AGGREGATE_TYPE, sku), expectedVersion, List.of(event),
                    EventMetadata.newFlow(), Topics.INVENTORY_EVENTS);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
