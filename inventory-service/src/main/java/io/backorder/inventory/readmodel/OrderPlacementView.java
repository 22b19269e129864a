package io.backorder.inventory.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When an order was placed: the fill queue serves the oldest first. */
@Entity
@Table(name = "order_placement")
public class OrderPlacementView extends PanacheEntityBase {

    @Id
    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "placed_at")
    public Instant placedAt;

    @Column(name = "customer_id")
    public String customerId;

    /** Inventory heard of the order's approval: what a fill hands it from then on is split off. */
    public boolean approved;
}
