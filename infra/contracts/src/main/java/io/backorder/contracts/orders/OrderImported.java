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
        List<Line> lines,
        Payment payment) implements EventData {

    /** Who placed the order, as the storefront knows them; backorder reports group by the id. */
    public record Customer(String id, String name, String email) {
    }

    /** One ordered sku; lineNo is how every later event points at the line. */
    /**
     * One line. {@code storefrontQuantityOnHand} (added to the contract, may be null) is what the
     * storefront believed it had on hand, so inventory can set it back to zero after a pre-sale.
     */
    public record Line(
            int lineNo,
            String sku,
            int quantity,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
            Integer storefrontQuantityOnHand) {
    }

    /** The storefront's payment authorization (added to the contract, may be null), captured at approval. */
    public record Payment(String authorizationId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }
}
