package io.backorder.inventory.config;

import io.backorder.inventory.domain.AllocationPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The merchant's inventory parameters, with their defaults from configuration. */
@ConfigMapping(prefix = "backorder.parameters")
public interface InventorySettings {

    /** CheckInventory: track stock; false, every item is always in stock. */
    @WithDefault("true")
    boolean checkInventory();

    /** DoBackorders: keep backorder counts for out-of-stock, not-discontinued items. */
    @WithDefault("true")
    boolean doBackorders();

    /** SyncStorefrontInventoryAtImport: on a backorder at import, set the storefront's negative count back to zero. */
    @WithDefault("false")
    boolean syncStorefrontInventoryAtImport();

    default AllocationPolicy allocationPolicy() {
        return new AllocationPolicy(checkInventory(), doBackorders(), syncStorefrontInventoryAtImport());
    }
}
