package io.backorder.order.messaging;

import io.backorder.contracts.ContractException;
import io.backorder.contracts.InputBodies;
import io.backorder.contracts.storefront.OrderPlaced;
import io.backorder.eventing.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

/**
 * Reads an {@code OrderPlaced} from a storefront.orders record, bare or in an envelope, and checks
 * it with the same rules as {@code POST /api/orders}. Whatever fails is poison, with the reason.
 */
@ApplicationScoped
public class StorefrontOrderReader {

    private final Validator validator;

    StorefrontOrderReader(Validator validator) {
        this.validator = validator;
    }

    public OrderPlaced read(String value) {
        try {
            return InputBodies.read(value, OrderPlaced.class, validator);
        } catch (ContractException e) {
            throw new PoisonMessageException(e.getMessage(), e);
        }
    }
}
