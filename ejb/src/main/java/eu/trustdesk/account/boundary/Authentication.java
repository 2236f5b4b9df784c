package eu.trustdesk.account.boundary;

import eu.trustdesk.account.boundary.LoginOutcome.Result;
import eu.trustdesk.account.control.LoginEvents;
import eu.trustdesk.account.control.LoginThrottle;
import eu.trustdesk.account.control.PasswordHashing;
import eu.trustdesk.account.control.SecondFactor;
import eu.trustdesk.account.control.SignInTickets;
import eu.trustdesk.account.control.SignInTickets.Kind;
import eu.trustdesk.account.control.SignInTickets.Ticket;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.account.control.UnknownAccountLocks;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.AccountStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks logins for the web's identity store, and tells the web which credentials a session must
 * still hold. Anyone may call it: it is what signing in is.
 *
 * <p>Guessing is slowed twice: an account is locked for a while after
 * {@value Account#MAX_FAILED_LOGINS} wrong passwords in a row (stored, so it holds across
 * servers and restarts), and a network address that fails too often across accounts is
 * throttled ({@link LoginThrottle}).
 *
 * <p>Signing in takes two steps for an account with a second factor, and for every staff account
 * (administrator, validator, accountant), which must have one: the right password only earns a
 * sealed ticket valid {@link SignInTickets#VALIDITY five minutes} ({@link LoginOutcome#pending()}),
 * with no role; the code of the account's app (or a recovery code) exchanged for that ticket signs
 * in. A staff account without second factor must first enrol with that ticket. Wrong codes count
 * like wrong passwords: the {@value Account#MAX_FAILED_LOGINS}th in a row, passwords and codes
 * together, locks the account.
 *
 * <p>An unknown address gets the same answers as an account, after the same work: a password
 * verification against a decoy hash, and "locked" after as many failures ({@link UnknownAccountLocks}).
 * Every outcome is logged and audited ({@link LoginEvents}).
 */
@Stateless
@PermitAll
public class Authentication {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private SignInTickets tickets;

    @Inject
    private SecondFactor secondFactor;

    @Inject
    private Clock clock;

    /** What a staff account enrolling at sign-in receives once its first code is right. */
    public record Enrolled(List<String> recoveryCodes, String proof) implements Serializable {

        public Enrolled {
            recoveryCodes = List.copyOf(recoveryCodes);
        }
    }

    @Inject
    private UnknownAccountLocks unknownAccounts;

    @Inject
    private LoginEvents events;

    public LoginOutcome verify(String email, char[] password, String clientAddress) {
        Instant now = clock.instant();
        if (email == null || email.isBlank() || password == null) {
            return LoginOutcome.of(Result.REFUSED);
        }
        if (!throttle.allows(clientAddress, now)) {
            events.throttled(clientAddress);
            return LoginOutcome.of(Result.THROTTLED);
        }
        Optional<Account> found = find(email);
        if (found.isEmpty()) {
            // the same work and the same answers as for an account (see the class comment)
            passwords.verifyNothing(password);
            if (unknownAccounts.isLocked(email, now)) {
                return LoginOutcome.of(Result.LOCKED);
            }
            throttle.recordFailure(clientAddress, now);
            boolean locked = unknownAccounts.recordFailure(email, now);
            events.failedUnknown(clientAddress);
            if (locked) {
                events.lockedUnknown(clientAddress);
            }
            return LoginOutcome.of(locked ? Result.LOCKED : Result.REFUSED);
        }
        Account account = found.get();
        if (account.isLocked(now)) {
            passwords.verifyNothing(password);
            events.refusedWhileLocked(account, clientAddress);
            return LoginOutcome.of(Result.LOCKED);
        }
        if (!passwords.matches(password, account.passwordHash())) {
            account.recordFailedLogin(now);
            throttle.recordFailure(clientAddress, now);
            events.failed(account, clientAddress);
            if (account.isLocked(now)) {
                events.locked(account, clientAddress);
            }
            return LoginOutcome.of(account.isLocked(now) ? Result.LOCKED : Result.REFUSED);
        }
        if (account.status() == AccountStatus.PENDING_VERIFICATION) {
            return LoginOutcome.of(Result.NOT_VERIFIED);
        }
        if (!account.maySignIn()) {
            events.failed(account, clientAddress);
            return LoginOutcome.of(Result.REFUSED);
        }
        if (account.secondFactorOn()) {
            // the failure count is not reset yet: wrong codes add to wrong passwords until the code is right
            return LoginOutcome.pending(Result.CODE_REQUIRED, tickets.issue(Kind.CODE, account, now));
        }
        if (account.secondFactorRequired()) {
            return LoginOutcome.pending(Result.ENROLMENT_REQUIRED, tickets.issue(Kind.ENROL, account, now));
        }
        return signedIn(account, clientAddress);
    }

    /**
     * The second step: {@code code} is a code of the account's app or one of its unused recovery
     * codes, {@code ticket} what the first step returned (or the proof of a just-finished enrolment,
     * then without code).
     */
    public LoginOutcome verifySecondFactor(String ticket, String code, String clientAddress) {
        Instant now = clock.instant();
        Optional<Ticket> opened = tickets.open(ticket, now);
        Optional<Account> found = opened.flatMap(this::current);
        if (found.isEmpty()) {
            return LoginOutcome.of(Result.EXPIRED);
        }
        if (!throttle.allows(clientAddress, now)) {
            events.throttled(clientAddress);
            return LoginOutcome.of(Result.THROTTLED);
        }
        Account account = found.get();
        if (account.isLocked(now)) {
            return LoginOutcome.of(Result.LOCKED);
        }
        Kind kind = opened.get().kind();
        if (kind == Kind.PROVEN && account.secondFactorOn()) {
            return signedIn(account, clientAddress);
        }
        if (kind != Kind.CODE || !account.secondFactorOn()) {
            return LoginOutcome.of(Result.EXPIRED);
        }
        return switch (secondFactor.verify(account, code, now)) {
            case ACCEPTED -> signedIn(account, clientAddress);
            case REPLAYED -> LoginOutcome.pending(Result.CODE_REUSED, ticket);
            case WRONG -> {
                account.recordFailedLogin(now);
                throttle.recordFailure(clientAddress, now);
                events.failed(account, clientAddress);
                if (account.isLocked(now)) {
                    events.locked(account, clientAddress);
                }
                yield account.isLocked(now) ? LoginOutcome.of(Result.LOCKED)
                        : LoginOutcome.pending(Result.CODE_WRONG, ticket);
            }
        };
    }

    /**
     * A new secret for the staff account that {@code ticket} (of an {@link Result#ENROLMENT_REQUIRED}
     * first step) names, to show as a QR code; nothing is stored until {@link #confirmEnrolment}.
     *
     * @throws BusinessException {@code error.mfa.enrolmentExpired} when the ticket is no longer valid
     */
    public SecondFactor.Enrolment beginEnrolment(String ticket) {
        return secondFactor.begin(enrolling(ticket));
    }

    /**
     * Turns the second factor on if {@code code} is the current code of the enrolment's secret, and
     * returns the recovery codes (shown once) with a proof that both steps are done, which
     * {@link #verifySecondFactor} exchanges for the sign-in without asking a code again.
     *
     * @throws BusinessException {@code error.mfa.codeWrong}, {@code error.mfa.enrolmentExpired}
     */
    public Enrolled confirmEnrolment(String ticket, String sealedEnrolment, String code) {
        Account account = enrolling(ticket);
        Instant now = clock.instant();
        List<String> codes = secondFactor.complete(account, sealedEnrolment, code, now);
        return new Enrolled(codes, tickets.issue(Kind.PROVEN, account, now));
    }

    private Account enrolling(String ticket) {
        return tickets.open(ticket, clock.instant()).filter(t -> t.kind() == Kind.ENROL).flatMap(this::current)
                .filter(a -> !a.secondFactorOn())
                .orElseThrow(() -> new BusinessException("error.mfa.enrolmentExpired"));
    }

    /** The ticket's account, if it may still sign in with the credentials the ticket was issued for. */
    private Optional<Account> current(Ticket ticket) {
        return Optional.ofNullable(em.find(Account.class, ticket.accountId()))
                .filter(Account::maySignIn)
                .filter(a -> a.credentialsVersion() == ticket.credentialsVersion());
    }

    private LoginOutcome signedIn(Account account, String clientAddress) {
        account.recordSuccessfulLogin();
        events.succeeded(account, clientAddress);
        return new LoginOutcome(Result.SIGNED_IN,
                new SignedIn(account.email(), account.roles(), account.language(), account.credentialsVersion()));
    }

    /**
     * The credentials version of a signed-in account, or empty when it may no longer sign in
     * (disabled, deleted): a session holding another version must end.
     */
    public OptionalInt credentialsVersion(String email) {
        return find(email).filter(Account::maySignIn).map(a -> OptionalInt.of(a.credentialsVersion()))
                .orElse(OptionalInt.empty());
    }

    private Optional<Account> find(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst();
    }
}
