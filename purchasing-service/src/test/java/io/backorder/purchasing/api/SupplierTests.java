package io.backorder.purchasing.api;

import static io.backorder.purchasing.PurchasingFixture.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.backorder.purchasing.PurchasingFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SupplierTests {

    @Test
    void a_supplier_is_defined_then_changed_and_listed() {
        String id = unique("SUP");
        String body = "{ \"name\": \"Acme Supply\", \"email\": \"orders@acme.example\", \"leadTimeDays\": 7 }";

        given().contentType(ContentType.JSON).body(body).put("/api/suppliers/" + id)
                .then().statusCode(201).body("leadTimeDays", equalTo(7));
        given().contentType(ContentType.JSON).body(body).put("/api/suppliers/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(body.replace("7", "10")).put("/api/suppliers/" + id)
                .then().statusCode(200).body("leadTimeDays", equalTo(10));

        given().get("/api/suppliers/" + id).then().statusCode(200).body("name", equalTo("Acme Supply"))
                .body("email", equalTo("orders@acme.example"));
        given().get("/api/suppliers").then().statusCode(200).body("supplierId", hasItem(id));
    }

    @Test
    void a_supplier_item_names_its_supplier_cost_minimum_lot_and_reorder_point_with_defaults_for_the_last_three() {
        String supplier = PurchasingFixture.newSupplier(5);
        String sku = unique("SKU");

        given().contentType(ContentType.JSON).body("{ \"supplierId\": \"" + supplier + "\", \"unitCost\": \"7.4\" }")
                .put("/api/supplier-items/" + sku)
                .then().statusCode(201).body("unitCost", equalTo("7.40")).body("minimumQuantity", equalTo(1))
                .body("lotSize", equalTo(1)).body("reorderPoint", equalTo(0));
        PurchasingFixture.supplierItem(unique("SKU"), supplier, "1.00", 6, 12, 3);

        given().get("/api/supplier-items?supplierId=" + supplier).then().statusCode(200).body("size()", equalTo(2))
                .body("lotSize", hasItems(1, 12));
    }

    @Test
    void a_supplier_item_of_a_supplier_nobody_defined_is_refused_and_nothing_is_kept() {
        String sku = unique("SKU");

        given().contentType(ContentType.JSON).body("{ \"supplierId\": \"NO-SUCH-SUPPLIER\", \"unitCost\": \"1.00\" }")
                .put("/api/supplier-items/" + sku)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("supplierId"));
        given().get("/api/supplier-items/" + sku).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void zero_or_negative_quantities_a_lot_size_of_zero_and_a_negative_cost_are_refused_naming_the_fields() {
        String supplier = PurchasingFixture.newSupplier(5);
        String sku = unique("SKU");

        given().contentType(ContentType.JSON).body("{ \"supplierId\": \"" + supplier + "\", \"unitCost\": \"-1.00\","
                        + " \"minimumQuantity\": 0, \"lotSize\": 0, \"reorderPoint\": -1 }")
                .put("/api/supplier-items/" + sku)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("unitCost", "minimumQuantity", "lotSize", "reorderPoint"));
        given().contentType(ContentType.JSON).body("{ \"supplierId\": \"" + supplier + "\", \"unitCost\": \"1.005\" }")
                .put("/api/supplier-items/" + sku)
                .then().statusCode(400).body("errors.field", hasItem("unitCost"));
        given().get("/api/supplier-items/" + sku).then().statusCode(404);
    }

    @Test
    void a_supplier_without_a_name_or_with_a_negative_lead_time_is_refused() {
        String id = unique("SUP");

        given().contentType(ContentType.JSON).body("{ \"name\": \" \", \"email\": \"not an address\", \"leadTimeDays\": -1 }")
                .put("/api/suppliers/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "email", "leadTimeDays"));
        given().contentType(ContentType.JSON).body("{ \"name\": \"X\", \"leadTimeDays\": 1 }")
                .put("/api/suppliers/bad id").then().statusCode(400);
        given().get("/api/suppliers/" + id).then().statusCode(404).contentType("application/problem+json");
    }
}
