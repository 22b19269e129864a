package io.backorder.purchasing.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A supplier as the API shows it; written by {@link SupplierViews}. */
@Entity
@Table(name = "supplier")
public class SupplierView extends PanacheEntityBase {

    @Id
    @Column(name = "supplier_id")
    public String supplierId;

    public String name;
    public String email;

    @Column(name = "lead_time_days")
    public int leadTimeDays;
}
