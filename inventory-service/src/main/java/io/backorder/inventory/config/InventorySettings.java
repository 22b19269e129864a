package io.backorder.inventory.config;

import io.backorder.inventory.domain.AllocationPolicy;
import io.backorder.parameters.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

/** Inventory's parameters as the domain needs them, read at the moment of use. */
@ApplicationScoped
public class InventorySettings {

    private final Parameters parameters;

    InventorySettings(Parameters parameters) {
        this.parameters = parameters;
    }

    public AllocationPolicy allocationPolicy() {
        return new AllocationPolicy(parameters.bool(InventoryParameterCatalog.CHECK_INVENTORY),
                parameters.bool(InventoryParameterCatalog.DO_BACKORDERS),
                parameters.bool(InventoryParameterCatalog.SYNC_STOREFRONT_INVENTORY_AT_IMPORT));
    }

    public boolean allowCancelBackorders() {
        return parameters.bool(InventoryParameterCatalog.ALLOW_CANCEL_BACKORDERS);
    }

    public boolean autoFillOnReceipt() {
        return parameters.bool(InventoryParameterCatalog.AUTO_FILL_ON_RECEIPT);
    }
}
