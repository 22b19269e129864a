package io.backorder.purchasing.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How a sku is bought, as the API shows it; written by {@link SupplierViews}. */
@Entity
@Table(name = "supplier_item")
public class SupplierItemView extends PanacheEntityBase {

    @Id
    public String sku;

    @Column(name = "supplier_id")
    public String supplierId;

    @Column(name = "unit_cost")
    public BigDecimal unitCost;

    @Column(name = "minimum_quantity")
    public int minimumQuantity;

    @Column(name = "lot_size")
    public int lotSize;

    @Column(name = "reorder_point")
    public int reorderPoint;
}
