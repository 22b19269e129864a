package io.backorder.purchasing.domain;

import io.backorder.contracts.purchasing.PromisedDateChanged;
import java.time.LocalDate;

/** What a waiting line is promised: see {@link PromisedDateChanged}. */
public record LinePromise(String orderNumber, int lineNo, int quantityNeeded, PromisedDateChanged.Status status,
                          LocalDate promisedDate, String poNumber, boolean late) {
}
