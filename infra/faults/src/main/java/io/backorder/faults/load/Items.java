package io.backorder.faults.load;

import io.backorder.bench.load.InventoryClient;
import io.backorder.faults.audit.Ledger;
import java.io.IOException;
import java.util.Map;

/** Defines the run's items over inventory's {@code PUT /api/items/{sku}}, and enters their initial stock. */
public final class Items {

    private Items() {
    }

    public static void define(String inventoryUrl, Map<String, Integer> initialStock, Ledger ledger)
            throws IOException, InterruptedException {
        new InventoryClient(inventoryUrl).defineItems(initialStock);
        initialStock.forEach(ledger::defined);
    }
}
