package eu.trustdesk.voucher.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A key of the partner API. Only the SHA-256 of its secret is stored: the secret is shown once,
 * when it is created. A revoked key is kept (the partner sees when it was revoked) and refused.
 */
@Entity
@Table(name = "voucher_api_key")
@NamedQuery(name = VoucherApiKey.BY_HASH, query = "select k from VoucherApiKey k where k.keyHash = :hash")
@NamedQuery(name = VoucherApiKey.OF_PARTNER, query = "select k from VoucherApiKey k"
        + " where k.partnerAccountId = :partner order by k.createdAt desc")
public class VoucherApiKey {

    public static final String BY_HASH = "VoucherApiKey.byHash";
    public static final String OF_PARTNER = "VoucherApiKey.ofPartner";
    public static final int LABEL_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_account_id", nullable = false, updatable = false)
    private long partnerAccountId;

    @Column(name = "label", nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(name = "prefix", nullable = false, length = 12)
    private String prefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected VoucherApiKey() {
        // for JPA
    }

    public VoucherApiKey(long partnerAccountId, String label, String prefix, String keyHash, Instant now) {
        this.partnerAccountId = partnerAccountId;
        this.label = Objects.requireNonNull(label, "label");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean active() {
        return revokedAt == null;
    }

    public Long id() {
        return id;
    }

    public long partnerAccountId() {
        return partnerAccountId;
    }

    public String label() {
        return label;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
