package io.backorder.purchasing.readmodel;

import static io.backorder.purchasing.PurchasingFixture.demand;
import static io.backorder.purchasing.PurchasingFixture.orderNumber;
import static io.backorder.purchasing.PurchasingFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.ItemDefined;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.contracts.inventory.StockReceived;
import io.backorder.eventing.Sql;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.eventing.quarkus.UnitOfWork;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A consumer's transaction gathers what its inventory events change on the demand view and writes it once before it
 * commits; these tests hold that every event still counts.
 */
@QuarkusTest
class GatheredDemandTests {

    @Inject
    Transactions transactions;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    DemandProjector projector;

    @Test
    void a_batch_of_events_on_one_item_writes_its_row_once_counts_every_event_and_marks_it_for_review() {
        String sku = unique("SKU-GATHERED");
        String order = orderNumber();
        Instant now = Instant.now();

        List<Long> written = transactions.inTransaction(connection -> {
            projector.apply(new ItemDefined(sku, "gathered", true, false), now);
            projector.apply(new StockReceived(sku, "R-1", 10, null, 10), now);
            for (int line = 2; line <= 5; line++) {
                projector.apply(new StockAllocated(sku, order, line, 2), now);
            }
            projector.apply(new LineBackordered(sku, order, 1, 5, BackorderReason.OUT_OF_STOCK, true), now);
            projector.apply(new BackorderFilled(sku, order, 1, 2, 3, "fill-1", true, null, false, null), now);
            projector.markForReview(sku);
            unitOfWork.flush(connection);
            return List.of(
                    Sql.one(connection, "select n_tup_ins + n_tup_upd from pg_stat_xact_user_tables"
                            + " where relname = 'demand_item'", rs -> rs.getLong(1)),
                    Sql.one(connection, "select count(*) from promise_review where sku = ?", rs -> rs.getLong(1), sku));
        });

        assertThat(written).containsExactly(1L, 1L);
        JsonPath seen = demand(sku).orElseThrow();
        assertThat(seen.getBoolean("defined")).isTrue();
        assertThat(seen.getInt("onHand")).isEqualTo(10);
        assertThat(seen.getInt("allocated")).isEqualTo(10);
        assertThat(seen.getInt("backordered")).isEqualTo(3);
    }
}
