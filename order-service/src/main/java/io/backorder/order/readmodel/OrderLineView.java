package io.backorder.order.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One line of the order page: how much was ordered, and where each unit stands. */
@Entity
@Table(name = "order_line_view")
@IdClass(OrderLineView.Key.class)
public class OrderLineView extends PanacheEntityBase {

    @Id
    @ManyToOne
    @JoinColumn(name = "order_number")
    public OrderView order;

    @Id
    @Column(name = "line_no")
    public int lineNo;

    public String sku;
    public int quantity;

    @Column(name = "unit_price")
    public BigDecimal unitPrice;

    public int allocated;
    public int needed;
    public int shipped;
    public int cancelled;

    @Column(name = "original_line_no")
    public Integer originalLineNo;

    /** Units that went to an order split off at fill. */
    @Column(name = "split_off")
    public int splitOff;

    public boolean complete() {
        return needed == 0 && allocated + shipped + cancelled + splitOff >= quantity;
    }

    /** The composite key: order and line number. */
    public static class Key implements Serializable {
        public String order;
        public int lineNo;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(order, key.order) && lineNo == key.lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(order, lineNo);
        }
    }
}
