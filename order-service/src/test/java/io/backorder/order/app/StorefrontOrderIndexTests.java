package io.backorder.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.Sql;
import io.backorder.order.SampleOrders;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** The lookup and claim of a storefront order, in one statement; each test rolls its transaction back. */
@QuarkusTest
class StorefrontOrderIndexTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_storefront_order_is_claimed_once_and_found_after_without_drawing_another_number() throws Exception {
        String storefrontOrderId = SampleOrders.uniqueId("WEB");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            StorefrontOrderIndex.Claim first = claim(connection, storefrontOrderId);
            long drawn = lastOrderNumberDrawn(connection);

            StorefrontOrderIndex.Claim again = claim(connection, storefrontOrderId);
            StorefrontOrderIndex.Claim thrice = claim(connection, storefrontOrderId);

            assertThat(first.claimed()).isTrue();
            assertThat(again).isEqualTo(new StorefrontOrderIndex.Claim(first.orderNumber(), false));
            assertThat(thrice).isEqualTo(again);
            assertThat(Long.parseLong(first.orderNumber())).isEqualTo(drawn);
            assertThat(lastOrderNumberDrawn(connection)).as("a known storefront order draws no number")
                    .isEqualTo(drawn);
            connection.rollback();
        }
    }

    private static long lastOrderNumberDrawn(Connection connection) {
        return Sql.one(connection, "select last_value from order_number_seq", rs -> rs.getLong(1));
    }

    private static StorefrontOrderIndex.Claim claim(Connection connection, String storefrontOrderId) {
        return StorefrontOrderIndex.findOrClaim(connection, storefrontOrderId).orElseThrow();
    }
}
