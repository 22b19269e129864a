package io.backorder.contracts.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.Golden;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A storefront order comes from outside; each way it can be wrong is refused at the field that is wrong. */
class OrderPlacedValidationTests {

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
    void the_seed_order_is_valid() {
        assertThat(violations(Golden.input("OrderPlaced"))).isEmpty();
    }

    static Stream<Arguments> validOrders() {
        return Stream.of(
                arguments("without payment", change(o -> o.remove("payment"))),
                arguments("without discount", change(o -> o.remove("discountPercent"))),
                arguments("with a null discount", change(o -> o.putNull("discountPercent"))),
                arguments("with a 100 % discount", change(o -> o.put("discountPercent", "100.00"))),
                arguments("with a discount given as a number", change(o -> o.put("discountPercent", 12.5))),
                arguments("without storefront quantities", change(o -> o.remove("storefrontQuantityOnHand"))),
                arguments("with a negative storefront quantity",
                        change(o -> onHand(o).put("SKU123", -2))),
                arguments("without customer name and email",
                        change(o -> customer(o).without(List.of("name", "email")))),
                arguments("with a free line", change(o -> line(o, 1).put("unitPrice", "0"))),
                arguments("with 500 lines", change(o -> lines(o, 500))),
                arguments("with a customer name in another script, a tab and an emoji",
                        change(o -> customer(o).put("name", "Zoë\tÅström 李 🙂"))),
                arguments("with a sku using every allowed character",
                        change(o -> line(o, 0).put("sku", "9a-B_c.D/e"))));
    }

    @ParameterizedTest(name = "an order {0} is valid")
    @MethodSource("validOrders")
    void valid_variants_have_no_violations(String what, Consumer<ObjectNode> change) {
        ObjectNode order = Golden.input("OrderPlaced");
        order.remove("storefrontQuantityOnHand");
        change.accept(order);

        assertThat(violations(order)).isEmpty();
    }

    static Stream<Arguments> invalidOrders() {
        return Stream.of(
                refused("a line without a sku", o -> line(o, 0).remove("sku"), "lines[0].sku"),
                refused("a blank sku", o -> line(o, 0).put("sku", "  "), "lines[0].sku"),
                refused("a sku with a space", o -> line(o, 0).put("sku", "SKU 123"), "lines[0].sku"),
                refused("a sku starting with a dash", o -> line(o, 0).put("sku", "-SKU123"), "lines[0].sku"),
                refused("a sku of 65 characters", o -> line(o, 0).put("sku", "S".repeat(65)), "lines[0].sku"),
                refused("a line without a quantity", o -> line(o, 0).remove("quantity"), "lines[0].quantity"),
                refused("a null quantity", o -> line(o, 0).putNull("quantity"), "lines[0].quantity"),
                refused("a zero quantity", o -> line(o, 0).put("quantity", 0), "lines[0].quantity"),
                refused("a negative quantity", o -> line(o, 1).put("quantity", -3), "lines[1].quantity"),
                refused("an absurd quantity", o -> line(o, 0).put("quantity", 100_001), "lines[0].quantity"),
                refused("a two-billion quantity", o -> line(o, 0).put("quantity", 2_000_000_000), "lines[0].quantity"),
                refused("two lines with the same sku", o -> line(o, 1).put("sku", "SKU123"), "lines[1].sku"),
                refused("a price with three decimals", o -> line(o, 0).put("unitPrice", "12.345"), "lines[0].unitPrice"),
                refused("a negative price", o -> line(o, 0).put("unitPrice", "-1"), "lines[0].unitPrice"),
                refused("a price of 13 digits", o -> line(o, 0).put("unitPrice", "1234567890123"), "lines[0].unitPrice"),
                refused("a line without a price", o -> line(o, 0).remove("unitPrice"), "lines[0].unitPrice"),
                refused("a null line", o -> ((ArrayNode) o.get("lines")).addNull(), "lines[2].<list element>"),
                refused("no lines", o -> o.putArray("lines"), "lines"),
                refused("a missing lines field", o -> o.remove("lines"), "lines"),
                refused("501 lines", o -> lines(o, 501), "lines"),
                refused("a payment amount with three decimals",
                        o -> payment(o).put("amount", "12.345"), "payment.amount"),
                refused("a negative payment amount", o -> payment(o).put("amount", "-1"), "payment.amount"),
                refused("a payment without amount", o -> payment(o).remove("amount"), "payment.amount"),
                refused("a payment without authorization",
                        o -> payment(o).put("authorizationId", ""), "payment.authorizationId"),
                refused("a discount over 100", o -> o.put("discountPercent", "100.01"), "discountPercent"),
                refused("a negative discount", o -> o.put("discountPercent", "-5"), "discountPercent"),
                refused("a discount with three decimals", o -> o.put("discountPercent", "10.005"), "discountPercent"),
                refused("no storefront order id", o -> o.remove("storefrontOrderId"), "storefrontOrderId"),
                refused("a storefront order id with a space",
                        o -> o.put("storefrontOrderId", "WEB 10001"), "storefrontOrderId"),
                refused("a storefront order id with a control character",
                        o -> o.put("storefrontOrderId", "WEB\u000010001"), "storefrontOrderId"),
                refused("a storefront order id of 65 characters",
                        o -> o.put("storefrontOrderId", "W".repeat(65)), "storefrontOrderId"),
                refused("a blank storefront", o -> o.put("storefront", ""), "storefront"),
                refused("a storefront name of 33 characters", o -> o.put("storefront", "w".repeat(33)), "storefront"),
                refused("no customer", o -> o.remove("customer"), "customer"),
                refused("a customer without id", o -> customer(o).put("id", " "), "customer.id"),
                refused("a customer email that is no address",
                        o -> customer(o).put("email", "ada at example"), "customer.email"),
                refused("a customer name of 201 characters",
                        o -> customer(o).put("name", "A".repeat(201)), "customer.name"),
                refused("a customer name with NUL, which no database stores",
                        o -> customer(o).put("name", "Ada\u0000Lovelace"), "customer.name"),
                refused("a customer id with NUL", o -> customer(o).put("id", "C\u00001"), "customer.id"),
                refused("a storefront name with NUL", o -> o.put("storefront", "web\u0000"), "storefront"),
                refused("a payment authorization with NUL",
                        o -> payment(o).put("authorizationId", "AUTH\u00001"), "payment.authorizationId"),
                refused("no placedAt", o -> o.remove("placedAt"), "placedAt"),
                refused("a storefront quantity for a sku not ordered",
                        o -> onHand(o).put("SKU777", 3), "storefrontQuantityOnHand"),
                refused("a null storefront quantity",
                        o -> onHand(o).putNull("SKU123"), "storefrontQuantityOnHand[SKU123].<map value>"));
    }

    @ParameterizedTest(name = "{0} is refused at {2}")
    @MethodSource("invalidOrders")
    void an_invalid_order_is_refused_at_the_field_at_fault(String what, Consumer<ObjectNode> change, String path) {
        ObjectNode order = Golden.input("OrderPlaced");
        order.remove("storefrontQuantityOnHand");
        change.accept(order);

        assertThat(violations(order)).extracting(violation -> violation.getPropertyPath().toString())
                .containsOnly(path);
    }

    @Test
    void two_lines_naming_the_same_sku_say_which_sku() {
        ObjectNode order = Golden.input("OrderPlaced");
        order.remove("storefrontQuantityOnHand");
        ((ArrayNode) order.get("lines")).addObject().put("sku", "SKU999").put("quantity", 2).put("unitPrice", "12.50");

        assertThat(violations(order)).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("lines[2].sku");
            assertThat(violation.getMessage()).isEqualTo("two lines name the same sku: SKU999");
        });
    }

    @Test
    void a_sku_in_a_message_is_quoted_not_interpolated() {
        ObjectNode order = Golden.input("OrderPlaced");
        order.remove("storefrontQuantityOnHand");
        line(order, 0).put("sku", "${1+1}{value}\\");
        line(order, 1).put("sku", "${1+1}{value}\\");

        assertThat(violations(order)).extracting(ConstraintViolation::getMessage)
                .contains("two lines name the same sku: ${1+1}{value}\\");
    }

    @Test
    void a_stray_storefront_quantity_names_the_sku() {
        ObjectNode order = Golden.input("OrderPlaced");
        onHand(order).put("SKU777", 3);

        assertThat(violations(order)).extracting(ConstraintViolation::getMessage)
                .containsExactly("names sku SKU777, which no line orders");
    }

    @Test
    void a_missing_quantity_reads_as_absent_rather_than_zero() {
        ObjectNode order = Golden.input("OrderPlaced");
        line(order, 0).remove("quantity");

        assertThat(ContractJson.read(order.toString(), OrderPlaced.class).lines().get(0).quantity()).isNull();
    }

    private static Set<ConstraintViolation<OrderPlaced>> violations(ObjectNode order) {
        return validator.validate(ContractJson.read(order.toString(), OrderPlaced.class));
    }

    private static Arguments refused(String what, Consumer<ObjectNode> change, String path) {
        return arguments(what, change, path);
    }

    private static Consumer<ObjectNode> change(Consumer<ObjectNode> change) {
        return change;
    }

    private static ObjectNode line(ObjectNode order, int index) {
        return (ObjectNode) order.get("lines").get(index);
    }

    private static ObjectNode customer(ObjectNode order) {
        return (ObjectNode) order.get("customer");
    }

    private static ObjectNode payment(ObjectNode order) {
        return (ObjectNode) order.get("payment");
    }

    private static ObjectNode onHand(ObjectNode order) {
        return order.has("storefrontQuantityOnHand") && order.get("storefrontQuantityOnHand").isObject()
                ? (ObjectNode) order.get("storefrontQuantityOnHand")
                : order.putObject("storefrontQuantityOnHand");
    }

    /** Replaces the lines with {@code count} lines of distinct skus. */
    private static void lines(ObjectNode order, int count) {
        order.remove("storefrontQuantityOnHand");
        ArrayNode lines = order.putArray("lines");
        for (int i = 0; i < count; i++) {
            lines.addObject().put("sku", "SKU-" + i).put("quantity", 1).put("unitPrice", "1.00");
        }
    }
}
