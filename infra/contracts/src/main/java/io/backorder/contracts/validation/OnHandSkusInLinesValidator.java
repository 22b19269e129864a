package io.backorder.contracts.validation;

import io.backorder.contracts.storefront.OrderPlaced;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks {@link OnHandSkusInLines} on an {@link OrderPlaced}; an absent map is fine. */
public class OnHandSkusInLinesValidator implements ConstraintValidator<OnHandSkusInLines, OrderPlaced> {

    @Override
    public boolean isValid(OrderPlaced order, ConstraintValidatorContext context) {
        if (order == null || order.storefrontQuantityOnHand() == null || order.storefrontQuantityOnHand().isEmpty()) {
            return true;
        }
        Set<String> ordered = order.lines() == null ? Set.of() : order.lines().stream()
                .filter(Objects::nonNull)
                .map(OrderPlaced.Line::sku)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        boolean valid = true;
        for (String sku : order.storefrontQuantityOnHand().keySet()) {
            if (sku == null || ordered.contains(sku)) {
                continue;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            context.buildConstraintViolationWithTemplate(
                            "names sku " + MessageTemplates.literal(sku) + ", which no line orders")
                    .addPropertyNode("storefrontQuantityOnHand")
                    .addConstraintViolation();
        }
        return valid;
    }
}
