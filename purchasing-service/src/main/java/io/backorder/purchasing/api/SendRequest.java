package io.backorder.purchasing.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When the goods are expected; left out, the day the order is sent plus the supplier's lead time. */
@Schema(example = "{ \"expectedDate\": \"2026-12-04\" }")
public record SendRequest(LocalDate expectedDate) {
}
