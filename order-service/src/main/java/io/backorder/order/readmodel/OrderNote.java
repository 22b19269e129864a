package io.backorder.order.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A note on an order's page, such as the link between an order and the one split off it. */
@Entity
@Table(name = "order_note")
public class OrderNote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_number")
    public String orderNumber;

    public String note;

    @Column(name = "created_at")
    public Instant createdAt;

    public static void add(String orderNumber, String text, Instant at) {
        OrderNote note = new OrderNote();
        note.orderNumber = orderNumber;
        note.note = text;
        note.createdAt = at;
        note.persist();
    }

    public static List<String> of(String orderNumber) {
        return OrderNote.<OrderNote>list("orderNumber = ?1 order by id", orderNumber).stream()
                .map(note -> note.note).toList();
    }
}
