package eu.trustdesk.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One dated step of an order's history: who did what (submitted, payment recorded, cancelled...). */
@Entity
@Table(name = "order_event")
public class OrderEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", nullable = false)
    private CustomerOrder order;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 254)
    private String actor;

    /** Bundle key suffix: order.event.&lt;type&gt;. */
    @Column(name = "type", nullable = false, length = 40)
    private String type;

    @Column(name = "detail", length = 500)
    private String detail;

    protected OrderEvent() {
        // for JPA
    }

    OrderEvent(CustomerOrder order, Instant occurredAt, String actor, String type, String detail) {
        this.order = order;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String type() {
        return type;
    }

    public String detail() {
        return detail;
    }
}
