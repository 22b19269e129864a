package io.backorder.inventory.api;

import static io.backorder.inventory.OrderEventsFixture.awaitAllocation;
import static io.backorder.inventory.OrderEventsFixture.defineItem;
import static io.backorder.inventory.OrderEventsFixture.imported;
import static io.backorder.inventory.OrderEventsFixture.line;
import static io.backorder.inventory.OrderEventsFixture.number;
import static io.backorder.inventory.OrderEventsFixture.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ItemListTests {

    @Test
    void the_item_list_finds_items_by_part_of_their_sku_in_any_case_page_by_page() {
        String family = "LIST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        for (String sku : List.of(family + "-C", family + "-A", family + "-B")) {
            defineItem(sku, 2);
        }
        String part = family.substring(2).toLowerCase(Locale.ROOT);

        given().queryParam("sku", part).queryParam("size", 2).get("/api/items").then().statusCode(200)
                .body("items.sku", contains(family + "-A", family + "-B"))
                .body("items[0].onHand", equalTo(2)).body("items[0].available", equalTo(2))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3));
        given().queryParam("sku", part).queryParam("size", 2).queryParam("page", 1).get("/api/items").then()
                .statusCode(200).body("items.sku", contains(family + "-C")).body("total", equalTo(3));
        given().queryParam("sku", part).queryParam("size", 2).queryParam("page", 5).get("/api/items").then()
                .statusCode(200).body("items.sku", empty()).body("total", equalTo(3));
    }

    @Test
    void the_item_list_can_keep_only_the_items_orders_wait_for() {
        String family = "WAIT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String waitedFor = family + "-GIZMO";
        defineItem(waitedFor, 0);
        defineItem(family + "-WIDGET", 5);
        String order = number();
        publish(imported(order, List.of(line(1, waitedFor, 3))));
        awaitAllocation(order, 1, 0, 3);

        given().queryParam("sku", family).queryParam("backordered", true).get("/api/items").then().statusCode(200)
                .body("items.sku", contains(waitedFor)).body("items[0].backordered", equalTo(3))
                .body("total", equalTo(1));
    }

    @Test
    void a_page_larger_than_the_bound_or_below_zero_is_refused_as_a_bad_request() {
        given().queryParam("size", ItemListResource.MAX_PAGE_SIZE + 1).get("/api/items").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("page", -1).get("/api/items").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("size", ItemListResource.MAX_PAGE_SIZE).get("/api/items").then().statusCode(200);
    }

    @Test
    void a_sku_with_like_wildcards_matches_them_as_plain_characters() {
        String family = "PCT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        defineItem(family + "-X", 1);

        given().queryParam("sku", family.replace("-", "_")).get("/api/items").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("sku", "%").get("/api/items").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("sku", family).get("/api/items").then().body("items.sku", hasItem(family + "-X"));
    }
}
