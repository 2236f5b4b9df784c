package eu.trustdesk.ordering.control;

import eu.trustdesk.ordering.entity.MovementReason;
import eu.trustdesk.ordering.entity.PrepaidAccount;
import eu.trustdesk.ordering.entity.PrepaidMovement;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The prepaid balances of organisations, changed in the caller's transaction: a debit pays an
 * order (and rolls back with it), a credit records a top-up or a refund. Every change writes its
 * {@link PrepaidMovement}.
 *
 * <p>How "never negative, whatever the concurrency" holds: every change first re-reads the
 * account's row with {@code SELECT ... FOR UPDATE} (PESSIMISTIC_WRITE). Concurrent debits of
 * one account therefore run one after the other; each sees the balance the previous one
 * committed (a locking read never reads an older snapshot) and {@link PrepaidAccount#debit}
 * refuses when it does not cover the amount. With 50 debits at once on a balance covering 10,
 * exactly 10 pass and 40 are refused with {@code error.prepaid.insufficient}.
 *
 * <p>Why a lock rather than a conditional bulk update
 * ({@code UPDATE prepaid_account SET balance = balance - :amount WHERE ... AND balance >= :amount}),
 * which is just as atomic: the rule then lives in the entity, where it is unit-tested, instead of
 * in a query string; the movement gets the exact balance after it from the same locked row,
 * without a second read; and the bulk update would bypass the persistence context, leaving a
 * managed account stale for the rest of the transaction. The price is that debits of one
 * organisation queue for a few milliseconds each, which orders of one organisation can afford.
 * The table's {@code CHECK (balance >= 0)} stands behind both.
 */
@Dependent
public class PrepaidBalances {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecurityContext security;

    /**
     * Pays order {@code orderNumber} from the organisation's prepaid balance; refuses with
     * {@code error.prepaid.insufficient} (the balance as {@link Money}) when the balance is short or the
     * organisation has no prepaid account.
     */
    public PrepaidMovement debit(long organisationId, BigDecimal amount, String orderNumber) {
        PrepaidAccount account = locked(organisationId).orElseThrow(
                () -> new BusinessException("error.prepaid.insufficient", Money.zero(Money.EUR)));
        PrepaidMovement movement = account.debit(amount, orderNumber, caller(), clock.instant());
        em.persist(movement);
        return movement;
    }

    /**
     * Adds a top-up or a refund to the organisation's prepaid balance, opening its account (in
     * euros) at the first top-up. {@code reference}: a note, or the refunded order's number.
     */
    public PrepaidMovement credit(long organisationId, BigDecimal amount, MovementReason reason, String reference) {
        PrepaidAccount account = locked(organisationId).orElseGet(() -> open(organisationId));
        PrepaidMovement movement = account.credit(amount, reason, reference, caller(), clock.instant());
        em.persist(movement);
        return movement;
    }

    /** The organisation's prepaid balance; zero when it has no prepaid account. */
    public BigDecimal balanceOf(long organisationId) {
        return accountOf(organisationId).map(PrepaidAccount::balance).orElse(BigDecimal.ZERO.setScale(Money.SCALE));
    }

    public Optional<PrepaidAccount> accountOf(long organisationId) {
        return em.createNamedQuery(PrepaidAccount.OF_ORGANISATION, PrepaidAccount.class)
                .setParameter("organisation", organisationId).getResultStream().findFirst();
    }

    /** The latest {@code max} movements of an account, newest first. */
    public List<PrepaidMovement> movements(PrepaidAccount account, int max) {
        return em.createNamedQuery(PrepaidMovement.OF_ACCOUNT, PrepaidMovement.class)
                .setParameter("account", account).setMaxResults(max).getResultList();
    }

    /** The account re-read under its row lock, held until the caller's transaction ends. */
    private Optional<PrepaidAccount> locked(long organisationId) {
        Optional<PrepaidAccount> account = accountOf(organisationId);
        account.ifPresent(a -> em.refresh(a, LockModeType.PESSIMISTIC_WRITE));
        return account;
    }

    private PrepaidAccount open(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new BusinessException("error.notFound");
        }
        PrepaidAccount account = new PrepaidAccount(organisation, Money.EUR, clock.instant());
        em.persist(account);
        return account;
    }

    private String caller() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? PrepaidMovement.SYSTEM : principal.getName();
    }
}
