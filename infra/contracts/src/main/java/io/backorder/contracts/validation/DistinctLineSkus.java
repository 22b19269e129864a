package io.backorder.contracts.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An order names each sku on one line only, so allocation and backorders have one line to point at. Each repeat
 * is reported at {@code lines[i].sku} with the message "two lines name the same sku: X".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DistinctLineSkusValidator.class)
public @interface DistinctLineSkus {

    String message() default "two lines name the same sku";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
