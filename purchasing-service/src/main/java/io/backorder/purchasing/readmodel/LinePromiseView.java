package io.backorder.purchasing.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The promised date last published for a waiting line; written by {@link PromiseViews}. */
@Entity
@Table(name = "line_promise")
@IdClass(LinePromiseView.Key.class)
public class LinePromiseView extends PanacheEntityBase {

    @Id
    @Column(name = "order_number")
    public String orderNumber;

    @Id
    @Column(name = "line_no")
    public int lineNo;

    public String sku;

    @Column(name = "quantity_needed")
    public int quantityNeeded;

    public String status;

    @Column(name = "promised_date")
    public LocalDate promisedDate;

    @Column(name = "po_number")
    public String poNumber;

    public boolean late;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** The composite key: order and line. */
    public static class Key implements Serializable {
        public String orderNumber;
        public int lineNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(orderNumber, other.orderNumber) && Objects.equals(lineNo, other.lineNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderNumber, lineNo);
        }
    }
}
