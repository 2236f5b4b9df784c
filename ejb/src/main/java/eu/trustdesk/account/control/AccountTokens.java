package eu.trustdesk.account.control;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.AccountToken;
import eu.trustdesk.account.entity.TokenPurpose;
import eu.trustdesk.shared.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/** Issues and spends the single-use links of an account, in the caller's transaction. */
@Dependent
public class AccountTokens {

    private final SecretTokens secrets = new SecretTokens();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * A new link for {@code purpose}; earlier unused links of the same purpose stop working, so
     * only the newest mail counts.
     * @return the secret to put in the link (never stored)
     */
    public String issue(Account account, TokenPurpose purpose) {
        Instant now = clock.instant();
        em.createNamedQuery(AccountToken.OPEN_OF_ACCOUNT, AccountToken.class)
                .setParameter("account", account).setParameter("purpose", purpose)
                .getResultList().forEach(t -> t.withdraw(now));
        String secret = secrets.newSecret();
        em.persist(new AccountToken(account, purpose, secrets.hash(secret), now));
        return secret;
    }

    /** How many links of {@code purpose} were sent to the account since {@code since}. */
    public long issuedSince(Account account, TokenPurpose purpose, Instant since) {
        return em.createQuery("select count(t) from AccountToken t where t.account = :account"
                + " and t.purpose = :purpose and t.createdAt >= :since", Long.class)
                .setParameter("account", account).setParameter("purpose", purpose).setParameter("since", since)
                .getSingleResult();
    }

    /**
     * The token behind a link, locked so that two clicks at once cannot both spend it.
     * Unknown secrets are refused like used ones would be, without saying more.
     */
    public AccountToken find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw new BusinessException("error.token.invalid");
        }
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", secrets.hash(secret.strip()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("error.token.invalid"));
    }
}
