package eu.trustdesk.activation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One dated line of a request's timeline. Immutable: the timeline is only appended to. */
@Entity
@Table(name = "activation_event")
public class ActivationEvent {

    public static final int DETAIL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ActivationRequest request;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private ActivationEventType type;

    @Column(name = "actor", nullable = false, length = 254)
    private String actor;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected ActivationEvent() {
        // for JPA
    }

    ActivationEvent(ActivationRequest request, ActivationEventType type, String actor, String detail, Instant now) {
        this.request = request;
        this.type = Objects.requireNonNull(type, "type");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
        this.occurredAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public ActivationEventType type() {
        return type;
    }

    public String actor() {
        return actor;
    }

    public String detail() {
        return detail;
    }
}
