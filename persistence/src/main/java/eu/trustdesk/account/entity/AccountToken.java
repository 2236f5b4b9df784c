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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The stored half of a single-use link sent by e-mail (address verification, password reset).
 * The link carries a random secret; only its SHA-256 is kept here, so the table alone opens
 * nothing. A token works once, before it expires.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH, query = "select t from AccountToken t where t.tokenHash = :hash")
@NamedQuery(name = AccountToken.OPEN_OF_ACCOUNT,
        query = "select t from AccountToken t where t.account = :account and t.purpose = :purpose and t.usedAt is null")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";
    public static final String OPEN_OF_ACCOUNT = "AccountToken.openOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 30)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected AccountToken() {
        // for JPA
    }

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = Objects.requireNonNull(account, "account");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(purpose.validity());
    }

    /**
     * Spends the token for {@code expected}. Refuses a token of another purpose, one already used
     * and an expired one, each with the message the user sees.
     */
    public Account use(TokenPurpose expected, Instant now) {
        if (purpose != expected) {
            throw new BusinessException("error.token.invalid");
        }
        if (usedAt != null) {
            throw new BusinessException("error.token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new BusinessException("error.token.expired");
        }
        usedAt = now;
        return account;
    }

    /** Makes an older link useless once a newer one is sent. */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public TokenPurpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
