package io.backorder.purchasing.domain;

import java.time.LocalDate;

/** Units of one sku an open, sent purchase order still brings, and when. */
public record Supply(String poNumber, LocalDate expectedDate, int outstanding, boolean late) {
}
