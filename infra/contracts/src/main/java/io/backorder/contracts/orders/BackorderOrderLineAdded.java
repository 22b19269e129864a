package io.backorder.contracts.orders;

import io.backorder.contracts.EventData;

/**
 * One more filled line joined an order split off by the same fill (the fill's lines arrive one by
 * one). Added to the contract by this project.
 */
public record BackorderOrderLineAdded(String orderNumber, String originalOrderNumber, BackorderOrderCreated.Line line)
        implements EventData {
}
