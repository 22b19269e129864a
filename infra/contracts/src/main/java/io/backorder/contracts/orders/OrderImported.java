package io.backorder.contracts.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.backorder.contracts.EventData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A storefront order was accepted and given our order number; allocation and backorders start from here. */
public record OrderImported(
        String orderNumber,
        String storefrontOrderId,
        String storefront,
        String importId,
        Customer customer,
        Instant placedAt,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountPercent,
        List<Line> lines) implements EventData {

    /** Who placed the order, as the storefront knows them; backorder reports group by the id. */
    public record Customer(String id, String name, String email) {
    }

    /** One ordered sku; lineNo is how every later event points at the line. */
    public record Line(
            int lineNo,
            String sku,
            int quantity,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice) {
    }
}
