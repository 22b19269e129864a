package io.backorder.contracts.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The storefront's quantity on hand is only told for skus the order orders; anything else would let a storefront
 * write stock figures for items it did not sell. Each stray key is reported at {@code storefrontQuantityOnHand}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OnHandSkusInLinesValidator.class)
public @interface OnHandSkusInLines {

    String message() default "names a sku that no line orders";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
