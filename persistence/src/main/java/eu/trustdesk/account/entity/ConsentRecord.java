package eu.trustdesk.account.entity;

import eu.trustdesk.shared.BusinessException;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One choice an account made about a consent: which text (by version) it was shown, whether it
 * agreed, and when. Records are never changed: a new choice is a new record, so the history of
 * what was agreed to stays provable.
 */
@Entity
@Table(name = "consent_record")
@NamedQuery(name = ConsentRecord.OF_ACCOUNT,
        query = "select c from ConsentRecord c where c.account = :account order by c.recordedAt desc, c.id desc")
public class ConsentRecord {

    public static final String OF_ACCOUNT = "ConsentRecord.ofAccount";
    public static final int VERSION_LENGTH = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ConsentKind kind;

    @Column(name = "text_version", nullable = false, length = VERSION_LENGTH)
    private String textVersion;

    @Column(name = "granted", nullable = false)
    private boolean granted;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConsentRecord() {
        // for JPA
    }

    public ConsentRecord(Account account, ConsentKind kind, String textVersion, boolean granted, Instant now) {
        if (kind.mandatory() && !granted) {
            throw new BusinessException("error.consent.mandatory");
        }
        this.account = Objects.requireNonNull(account, "account");
        this.kind = kind;
        this.textVersion = Objects.requireNonNull(textVersion, "textVersion");
        this.granted = granted;
        this.recordedAt = Objects.requireNonNull(now, "now");
    }

    public ConsentKind kind() {
        return kind;
    }

    public String textVersion() {
        return textVersion;
    }

    public boolean granted() {
        return granted;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
