package io.backorder.contracts.orders;

import io.backorder.contracts.EventData;
import java.time.LocalDate;

/** The day the order is promised to leave the warehouse. */
public record ShipDateSet(String orderNumber, LocalDate shipDate) implements EventData {
}
