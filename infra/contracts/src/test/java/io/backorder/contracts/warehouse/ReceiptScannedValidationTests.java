package io.backorder.contracts.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.Golden;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A scan comes from a device on the dock; each way it can be wrong is refused at the field that is wrong. */
class ReceiptScannedValidationTests {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void the_seed_receipt_is_valid() {
        assertThat(violations(Golden.input("ReceiptScanned"))).isEmpty();
    }

    @Test
    void a_receipt_without_purchase_order_scanner_or_time_is_valid() {
        ObjectNode receipt = Golden.input("ReceiptScanned");
        receipt.remove("poNumber");
        receipt.remove("scannerId");
        receipt.putNull("scannedAt");

        assertThat(violations(receipt)).isEmpty();
    }

    static Stream<Arguments> invalidReceipts() {
        return Stream.of(
                arguments("no sku", change(r -> r.remove("sku")), "sku"),
                arguments("a sku with a space", change(r -> r.put("sku", "SKU 123")), "sku"),
                arguments("a sku of 65 characters", change(r -> r.put("sku", "S".repeat(65))), "sku"),
                arguments("no quantity", change(r -> r.remove("quantity")), "quantity"),
                arguments("a zero quantity", change(r -> r.put("quantity", 0)), "quantity"),
                arguments("a negative quantity", change(r -> r.put("quantity", -5)), "quantity"),
                arguments("an absurd quantity", change(r -> r.put("quantity", 1_000_001)), "quantity"),
                arguments("no receipt id", change(r -> r.remove("receiptId")), "receiptId"),
                arguments("a blank receipt id", change(r -> r.put("receiptId", " ")), "receiptId"),
                arguments("a receipt id of 65 characters", change(r -> r.put("receiptId", "R".repeat(65))), "receiptId"),
                arguments("a purchase order number of 33 characters",
                        change(r -> r.put("poNumber", "P".repeat(33))), "poNumber"),
                arguments("a scanner id of 65 characters",
                        change(r -> r.put("scannerId", "d".repeat(65))), "scannerId"),
                arguments("a receipt id with NUL, which no database stores",
                        change(r -> r.put("receiptId", "R\u00001")), "receiptId"),
                arguments("a purchase order number with NUL", change(r -> r.put("poNumber", "PO\u00001")), "poNumber"),
                arguments("a scanner id with NUL", change(r -> r.put("scannerId", "dock\u0000")), "scannerId"));
    }

    @ParameterizedTest(name = "{0} is refused at {2}")
    @MethodSource("invalidReceipts")
    void an_invalid_receipt_is_refused_at_the_field_at_fault(String what, Consumer<ObjectNode> change, String path) {
        ObjectNode receipt = Golden.input("ReceiptScanned");
        change.accept(receipt);

        assertThat(violations(receipt)).extracting(violation -> violation.getPropertyPath().toString())
                .containsOnly(path);
    }

    private static Set<ConstraintViolation<ReceiptScanned>> violations(ObjectNode receipt) {
        return validator.validate(ContractJson.read(receipt.toString(), ReceiptScanned.class));
    }

    private static Consumer<ObjectNode> change(Consumer<ObjectNode> change) {
        return change;
    }
}
