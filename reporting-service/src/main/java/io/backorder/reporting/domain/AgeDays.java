package io.backorder.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** How many whole days a customer has waited: calendar days (UTC) from the day the order was placed. */
public final class AgeDays {

    private AgeDays() {
    }

    public static Long since(Instant placedAt, LocalDate today) {
        return placedAt == null ? null : ChronoUnit.DAYS.between(placedAt.atZone(ZoneOffset.UTC).toLocalDate(), today);
    }
}
