package eu.trustdesk.activation.entity;

import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The secure link mailed to an applicant who is not the buyer: single use, valid
 * {@link #VALIDITY}, stored as the SHA-256 of its secret. Following it (signed in, or after
 * creating an account) puts the order's requests into the applicant's customer area.
 */
@Entity
@Table(name = "applicant_invitation")
@NamedQuery(name = ApplicantInvitation.BY_HASH, query = "select i from ApplicantInvitation i where i.tokenHash = :hash")
public class ApplicantInvitation {

    public static final String BY_HASH = "ApplicantInvitation.byHash";
    /** Long enough for an applicant who is away, short enough not to lie around for ever. */
    public static final Duration VALIDITY = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_number", nullable = false, length = 20)
    private String orderNumber;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected ApplicantInvitation() {
        // for JPA
    }

    public ApplicantInvitation(String orderNumber, String email, String tokenHash, Instant now) {
        this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
        this.email = Objects.requireNonNull(email, "email");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.expiresAt = now.plus(VALIDITY);
    }

    public void use(Instant now) {
        if (usedAt != null) {
            throw new BusinessException("error.token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BusinessException("error.token.expired");
        }
        usedAt = now;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String email() {
        return email;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
