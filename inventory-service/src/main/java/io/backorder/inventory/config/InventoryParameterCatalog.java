package io.backorder.inventory.config;

import io.backorder.parameters.ParameterCatalog;
import io.backorder.parameters.ParameterDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Inventory's parameters, named as in the order manager this system replaces. */
@ApplicationScoped
public class InventoryParameterCatalog implements ParameterCatalog {

    static final String CHECK_INVENTORY = "CheckInventory";
    static final String DO_BACKORDERS = "DoBackorders";
    static final String ALLOW_CANCEL_BACKORDERS = "AllowCancelBackorders";
    static final String AUTO_FILL_ON_RECEIPT = "AutoFillOnReceipt";
    static final String SYNC_STOREFRONT_INVENTORY_AT_IMPORT = "SyncStorefrontInventoryAtImport";

    private final InventoryDefaults defaults;

    InventoryParameterCatalog(InventoryDefaults defaults) {
        this.defaults = defaults;
    }

    @Override
    public List<ParameterDefinition> definitions() {
        return List.of(
                ParameterDefinition.bool(CHECK_INVENTORY, defaults.checkInventory(),
                        "Track stock; false: every item is always in stock."),
                ParameterDefinition.bool(DO_BACKORDERS, defaults.doBackorders(),
                        "Keep backorder counts for out-of-stock, not-discontinued items."),
                ParameterDefinition.bool(ALLOW_CANCEL_BACKORDERS, defaults.allowCancelBackorders(),
                        "The cancel-backorder action is available."),
                ParameterDefinition.bool(AUTO_FILL_ON_RECEIPT, defaults.autoFillOnReceipt(),
                        "Fill waiting backorders as soon as stock is received."),
                ParameterDefinition.bool(SYNC_STOREFRONT_INVENTORY_AT_IMPORT, defaults.syncStorefrontInventoryAtImport(),
                        "On a backorder at import, tell the storefront to set its quantity on hand back to zero."));
    }
}
