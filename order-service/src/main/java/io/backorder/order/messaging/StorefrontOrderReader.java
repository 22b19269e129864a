package io.backorder.order.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.contracts.ContractException;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.storefront.OrderPlaced;
import io.backorder.eventing.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an {@code OrderPlaced} from a storefront.orders record, bare or in an envelope, and checks
 * it with the same rules as {@code POST /api/orders}. Whatever fails is poison, with the reason.
 */
@ApplicationScoped
public class StorefrontOrderReader {

    private static final String ORDER_PLACED = "OrderPlaced";

    private final Validator validator;

    StorefrontOrderReader(Validator validator) {
        this.validator = validator;
    }

    public OrderPlaced read(String value) {
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException("empty record");
        }
        OrderPlaced placed = parse(value);
        Set<ConstraintViolation<OrderPlaced>> violations = validator.validate(placed);
        if (!violations.isEmpty()) {
            throw new PoisonMessageException("invalid OrderPlaced: " + violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        return placed;
    }

    private static OrderPlaced parse(String value) {
        try {
            JsonNode tree = ContractJson.mapper().readTree(value);
            if (tree == null || !tree.isObject()) {
                throw new PoisonMessageException("not a JSON object");
            }
            if (tree.has("type") && tree.has("data")) {
                String type = tree.get("type").asText();
                if (!ORDER_PLACED.equals(type)) {
                    throw new PoisonMessageException("storefront.orders takes OrderPlaced, not " + type);
                }
                return ContractJson.fromData(tree.get("data"), OrderPlaced.class);
            }
            return ContractJson.read(value, OrderPlaced.class);
        } catch (ContractException e) {
            throw new PoisonMessageException("unreadable OrderPlaced: " + e.getMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PoisonMessageException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
