package io.backorder.purchasing.readmodel;

import io.backorder.eventing.Sql;
import io.backorder.purchasing.domain.Supplier;
import io.backorder.purchasing.domain.SupplierItem;
import io.backorder.purchasing.domain.SupplierSpec;
import io.backorder.purchasing.domain.SupplierTerms;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/** Writes supplier and supplier_item as the aggregates stand after their latest events. */
@ApplicationScoped
public class SupplierViews {

    private static final String SUPPLIER = """
            insert into supplier (supplier_id, name, email, lead_time_days, version) values (?, ?, ?, ?, ?)
            on conflict (supplier_id) do update set name = excluded.name, email = excluded.email,
                                                    lead_time_days = excluded.lead_time_days, version = excluded.version""";

    private static final String ITEM = """
            insert into supplier_item (sku, supplier_id, unit_cost, minimum_quantity, lot_size, reorder_point, version)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (sku) do update set supplier_id = excluded.supplier_id, unit_cost = excluded.unit_cost,
                                            minimum_quantity = excluded.minimum_quantity, lot_size = excluded.lot_size,
                                            reorder_point = excluded.reorder_point, version = excluded.version""";

    public void write(Connection connection, Supplier supplier) {
        SupplierSpec spec = supplier.spec();
        Sql.update(connection, SUPPLIER, supplier.supplierId(), spec.name(), spec.email(), spec.leadTimeDays(),
                supplier.version());
    }

    public void write(Connection connection, SupplierItem item) {
        SupplierTerms terms = item.terms();
        Sql.update(connection, ITEM, item.sku(), terms.supplierId(), terms.unitCost(), terms.minimumQuantity(),
                terms.lotSize(), terms.reorderPoint(), item.version());
    }
}
