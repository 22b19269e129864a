package io.backorder.purchasing.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One line of a purchase order as the API shows it; written by {@link PurchaseOrderViews}. */
@Entity
@Table(name = "purchase_order_line")
@IdClass(PurchaseOrderLineView.Key.class)
public class PurchaseOrderLineView extends PanacheEntityBase {

    @Id
    @Column(name = "po_number")
    public String poNumber;

    @Id
    public String sku;

    public int quantity;

    @Column(name = "unit_cost")
    public BigDecimal unitCost;

    public int received;

    @Column(name = "over_received")
    public int overReceived;

    /** The composite key: order and sku. */
    public static class Key implements Serializable {
        public String poNumber;
        public String sku;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(poNumber, other.poNumber) && Objects.equals(sku, other.sku);
        }

        @Override
        public int hashCode() {
            return Objects.hash(poNumber, sku);
        }
    }
}
