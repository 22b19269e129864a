package io.backorder.purchasing.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A purchase order's header as the API shows it; written by {@link PurchaseOrderViews}. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrderView extends PanacheEntityBase {

    @Id
    @Column(name = "po_number")
    public String poNumber;

    @Column(name = "supplier_id")
    public String supplierId;

    public String status;

    @Column(name = "backorder_window_days")
    public int backorderWindowDays;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "expected_date")
    public LocalDate expectedDate;

    public boolean late;

    @Column(name = "closed_at")
    public Instant closedAt;

    public List<PurchaseOrderLineView> lines() {
        return PurchaseOrderLineView.list("poNumber = ?1 order by sku", poNumber);
    }
}
