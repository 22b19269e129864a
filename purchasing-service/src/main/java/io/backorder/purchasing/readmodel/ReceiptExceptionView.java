package io.backorder.purchasing.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A receipt reported as out of the ordinary; written by {@link ReceiptExceptions}. */
@Entity
@Table(name = "receipt_exception")
@IdClass(ReceiptExceptionView.Key.class)
public class ReceiptExceptionView extends PanacheEntityBase {

    @Id
    @Column(name = "receipt_id")
    public String receiptId;

    @Id
    public String kind;

    public String sku;

    @Column(name = "po_number")
    public String poNumber;

    public int quantity;
    public int units;
    public String detail;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** The composite key: a receipt can be out of the ordinary in more than one way. */
    public static class Key implements Serializable {
        public String receiptId;
        public String kind;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(receiptId, other.receiptId) && Objects.equals(kind, other.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(receiptId, kind);
        }
    }
}
