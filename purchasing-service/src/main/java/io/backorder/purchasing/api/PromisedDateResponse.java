package io.backorder.purchasing.api;

import io.backorder.purchasing.readmodel.LinePromiseView;
import java.time.Instant;
import java.time.LocalDate;

/** A waiting line's promise: see PromisedDateChanged in docs/events.md. */
public record PromisedDateResponse(String orderNumber, int lineNo, String sku, int quantityNeeded, String status,
                                   LocalDate promisedDate, String poNumber, boolean late, Instant changedAt) {

    static PromisedDateResponse of(LinePromiseView view) {
        return new PromisedDateResponse(view.orderNumber, view.lineNo, view.sku, view.quantityNeeded, view.status,
                view.promisedDate, view.poNumber, view.late, view.changedAt);
    }
}
