package io.backorder.purchasing.config;

import io.backorder.parameters.ParameterCatalog;
import io.backorder.parameters.ParameterDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Purchasing's parameters, named as in the order manager this system replaces. */
@ApplicationScoped
public class PurchasingParameterCatalog implements ParameterCatalog {

    public static final String INCLUDE_BACKORDERS_DEFAULT_DAYS = "IncludeBackordersDefaultDays";

    private final int includeBackordersDefaultDays;

    PurchasingParameterCatalog(
            @ConfigProperty(name = "backorder.parameters.include-backorders-default-days", defaultValue = "30") int days) {
        this.includeBackordersDefaultDays = days;
    }

    @Override
    public List<ParameterDefinition> definitions() {
        return List.of(ParameterDefinition.integer(INCLUDE_BACKORDERS_DEFAULT_DAYS, includeBackordersDefaultDays, 1, 3650,
                "How far back, in days, backorders count when purchase orders are generated."));
    }
}
