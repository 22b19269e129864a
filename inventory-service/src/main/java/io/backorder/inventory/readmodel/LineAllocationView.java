package io.backorder.inventory.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** Where one order line stands in inventory: units held for it, units it still needs. */
@Entity
@Table(name = "line_allocation")
@IdClass(LineAllocationView.Key.class)
public class LineAllocationView extends PanacheEntityBase {

    @Id
    @Column(name = "order_number")
    public String orderNumber;

    @Id
    @Column(name = "line_no")
    public int lineNo;

    public String sku;
    public int allocated;
    public int needed;
    public int shipped;
    public int cancelled;
    public boolean replenishable = true;
    public boolean forced;

    public static List<LineAllocationView> ofOrder(String orderNumber) {
        return list("orderNumber = ?1 order by lineNo", orderNumber);
    }

    public static LineAllocationView of(String orderNumber, int lineNo) {
        return findById(new Key(orderNumber, lineNo));
    }

    /** The composite key: order and line number. */
    public static class Key implements Serializable {
        public String orderNumber;
        public int lineNo;

        public Key() {
        }

        public Key(String orderNumber, int lineNo) {
            this.orderNumber = orderNumber;
            this.lineNo = lineNo;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(orderNumber, key.orderNumber) && lineNo == key.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderNumber, lineNo);
        }
    }
}
