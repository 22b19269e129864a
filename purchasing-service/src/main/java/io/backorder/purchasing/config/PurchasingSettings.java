package io.backorder.purchasing.config;

import io.backorder.parameters.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

/** Purchasing's parameters as the application needs them, read at the moment of use. */
@ApplicationScoped
public class PurchasingSettings {

    private final Parameters parameters;

    PurchasingSettings(Parameters parameters) {
        this.parameters = parameters;
    }

    /** How far back, in days, waiting lines count when purchase orders are generated without saying. */
    public int includeBackordersDefaultDays() {
        return parameters.integer(PurchasingParameterCatalog.INCLUDE_BACKORDERS_DEFAULT_DAYS);
    }
}
