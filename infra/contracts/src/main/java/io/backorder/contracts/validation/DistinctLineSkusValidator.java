package io.backorder.contracts.validation;

import io.backorder.contracts.storefront.OrderPlaced;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks {@link DistinctLineSkus} on an {@link OrderPlaced}; missing lines or skus are other constraints' job. */
public class DistinctLineSkusValidator implements ConstraintValidator<DistinctLineSkus, OrderPlaced> {

    @Override
    public boolean isValid(OrderPlaced order, ConstraintValidatorContext context) {
        if (order == null || order.lines() == null) {
            return true;
        }
        List<OrderPlaced.Line> lines = order.lines();
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < lines.size(); i++) {
            OrderPlaced.Line line = lines.get(i);
            if (line == null || line.sku() == null || seen.add(line.sku())) {
                continue;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            context.buildConstraintViolationWithTemplate(
                            "two lines name the same sku: " + MessageTemplates.literal(line.sku()))
                    .addPropertyNode("lines")
                    .addPropertyNode("sku").inIterable().atIndex(i)
                    .addConstraintViolation();
        }
        return valid;
    }
}
