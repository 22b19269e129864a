package io.backorder.inventory.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stock item as its page shows it; kept in step with the item's events. */
@Entity
@Table(name = "item_view")
public class ItemView extends PanacheEntityBase {

    @Id
    public String sku;

    public String description;
    public boolean defined;
    public boolean tracked;
    public boolean discontinued;

    @Column(name = "on_hand")
    public int onHand;

    public int allocated;
    public int backordered;
    public long version;

    public int available() {
        return Math.max(0, onHand - allocated);
    }
}
