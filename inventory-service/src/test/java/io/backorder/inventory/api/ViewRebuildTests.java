package io.backorder.inventory.api;

import static io.backorder.inventory.OrderEventsFixture.awaitAllocation;
import static io.backorder.inventory.OrderEventsFixture.defineItem;
import static io.backorder.inventory.OrderEventsFixture.imported;
import static io.backorder.inventory.OrderEventsFixture.line;
import static io.backorder.inventory.OrderEventsFixture.number;
import static io.backorder.inventory.OrderEventsFixture.publish;
import static io.backorder.inventory.OrderEventsFixture.sku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ViewRebuildTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void views_rebuilt_from_the_event_store_are_the_views_kept_live() throws Exception {
        String sku = sku("REBUILD");
        defineItem(sku, 3);
        String forced = number();
        String waiting = number();
        publish(imported(forced, List.of(line(1, sku, 2))));
        publish(imported(waiting, List.of(line(1, sku, 4))));
        awaitAllocation(waiting, 1, 1, 3);
        given().contentType("application/json").body(Map.of("quantity", 1))
                .post("/api/orders/" + forced + "/lines/1/force-backorder").then().statusCode(200);
        given().contentType("application/json").body(Map.of("quantity", 1))
                .post("/api/orders/" + waiting + "/lines/1/cancel-backorder").then().statusCode(200);
        String items = "select * from item_view where sku = '" + sku + "'";
        String lines = "select * from line_allocation where sku = '" + sku + "' order by order_number, line_no";
        List<List<Object>> itemsKeptLive = rows(items);
        List<List<Object>> linesKeptLive = rows(lines);

        given().post("/api/projections/rebuild").then().statusCode(200).body("events", greaterThan(5));

        assertThat(itemsKeptLive).hasSize(1);
        assertThat(linesKeptLive).hasSize(2);
        assertThat(rows(items)).isEqualTo(itemsKeptLive);
        assertThat(rows(lines)).isEqualTo(linesKeptLive);
    }

    private List<List<Object>> rows(String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery(sql)) {
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    row.add(rs.getObject(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
