package io.backorder.order.api;

import io.backorder.contracts.storefront.OrderPlaced;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A batch of storefront orders imported together: all of them, or none if any is invalid. */
public record OrderImportRequest(
        @NotEmpty @Size(max = OrderImportRequest.MAX_ORDERS) List<@NotNull @Valid OrderPlaced> orders) {

    public static final int MAX_ORDERS = 1000;
}
