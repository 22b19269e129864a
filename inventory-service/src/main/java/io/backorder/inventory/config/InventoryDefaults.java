package io.backorder.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The defaults of inventory's parameters, from configuration ({@code backorder.parameters.*}). */
@ConfigMapping(prefix = "backorder.parameters")
public interface InventoryDefaults {

    @WithDefault("true")
    boolean checkInventory();

    @WithDefault("true")
    boolean doBackorders();

    @WithDefault("true")
    boolean allowCancelBackorders();

    @WithDefault("false")
    boolean autoFillOnReceipt();

    @WithDefault("false")
    boolean syncStorefrontInventoryAtImport();
}
