package eu.trustdesk.account.boundary;

import eu.trustdesk.account.control.AccountTokens;
import eu.trustdesk.account.control.ConsentTexts;
import eu.trustdesk.account.control.PasswordHashing;
import eu.trustdesk.account.control.PasswordPolicy;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.AccountStatus;
import eu.trustdesk.account.entity.AccountToken;
import eu.trustdesk.account.entity.ConsentKind;
import eu.trustdesk.account.entity.ConsentRecord;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.account.entity.TokenPurpose;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.notification.control.Secret;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opening a shop account and the e-mailed links around it: address verification and password
 * reset. Used by visitors, hence open to all.
 *
 * <p>No answer reveals whether an address already has an account: registering with a known
 * address, or asking a reset for an unknown one, looks the same to the visitor; the owner of a
 * known address is told by mail instead.
 */
@Stateless
@PermitAll
public class Registration {

    /** Bounds the mails one can make us send to someone else's address. */
    static final int MAX_LINKS_PER_HOUR = 5;
    /**
     * Bounds the "someone tried to open an account with your address" mails: registering again and
     * again with a known address must not flood its owner. Past it, the visitor sees the same page
     * and nothing is sent.
     */
    static final int MAX_ACCOUNT_EXISTS_PER_DAY = 3;
    static final String ACCOUNT_EXISTS = "account.exists";
    private static final System.Logger LOG = System.getLogger(Registration.class.getName());

    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private AccountTokens tokens;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    /** Creates the account, waiting for its address to be verified, and mails the verification link. */
    public void register(@NotNull @Valid NewAccount form, @NotNull Language language) {
        passwordPolicy.check(form.getPassword(), form.getEmail());
        if (!form.isPrivacyNoticeAccepted()) {
            throw new BusinessException("error.consent.mandatory");
        }
        Instant now = clock.instant();
        // hashed in both cases: the slowest step of a registration must not tell a known address apart
        String passwordHash = passwords.hash(form.getPassword().toCharArray());
        Optional<Account> existing = find(form.getEmail());
        if (existing.isPresent()) {
            Account known = existing.get();
            if (accountExistsMailsSince(known.email(), now.minus(Duration.ofDays(1))) < MAX_ACCOUNT_EXISTS_PER_DAY) {
                outbox.queue(known.email(), known.language(), ACCOUNT_EXISTS, known.firstName(), link("login.xhtml"));
            } else {
                LOG.log(System.Logger.Level.WARNING, "ACCOUNT_EXISTS_MAIL_LIMIT account={0}: not sent", known.email());
            }
            return;
        }
        Account account = new Account(form.getEmail(), form.getFirstName(), form.getLastName(), language,
                passwordHash, now).grant(Role.CUSTOMER);
        account.changeProfile(form.getFirstName(), form.getLastName(), form.getPhone());
        em.persist(account);
        em.persist(new ConsentRecord(account, ConsentKind.PRIVACY_NOTICE, ConsentTexts.PRIVACY_NOTICE_VERSION, true, now));
        em.persist(new ConsentRecord(account, ConsentKind.MARKETING, ConsentTexts.MARKETING_VERSION,
                form.isMarketingAccepted(), now));
        sendVerification(account);
    }

    /** Follows a verification link: the account may sign in from now on. */
    public String verifyEmail(String secret) {
        Account account = tokens.find(secret).use(TokenPurpose.EMAIL_VERIFICATION, clock.instant());
        account.activate();
        return account.email();
    }

    /** Sends a new verification link to an account that still waits for one; silent otherwise. */
    public void resendVerification(String email) {
        find(email).filter(a -> a.status() == AccountStatus.PENDING_VERIFICATION)
                .filter(this::mayReceiveAnotherLink)
                .ifPresent(this::sendVerification);
    }

    /** Mails a password-reset link valid 30 minutes, if the address has an account; silent otherwise. */
    public void requestPasswordReset(String email) {
        find(email).filter(a -> a.status() != AccountStatus.DISABLED)
                .filter(a -> tokens.issuedSince(a, TokenPurpose.PASSWORD_RESET,
                        clock.instant().minus(Duration.ofHours(1))) < MAX_LINKS_PER_HOUR)
                .ifPresent(account -> {
                    String secret = tokens.issue(account, TokenPurpose.PASSWORD_RESET);
                    outbox.queue(account.email(), account.language(), "account.reset", account.firstName(),
                            Secret.link(link("password-reset.xhtml?token="), secret),
                            TokenPurpose.PASSWORD_RESET.validity().toMinutes());
                });
    }

    /**
     * Follows a reset link with the new password. The password is checked before the link is
     * spent, so a refused password leaves the link usable. Every session of the account ends.
     */
    public void resetPassword(String secret, String newPassword) {
        AccountToken token = tokens.find(secret);
        Account account = token.account();
        passwordPolicy.check(newPassword, account.email());
        token.use(TokenPurpose.PASSWORD_RESET, clock.instant());
        account.changePasswordHash(passwords.hash(newPassword.toCharArray()));
        if (account.status() == AccountStatus.PENDING_VERIFICATION) {
            // the link reached its mailbox: that proves the address as well as a verification link
            account.activate();
        }
        outbox.queue(account.email(), account.language(), "account.passwordChanged", account.firstName(),
                link("password-forgotten.xhtml"));
    }

    private long accountExistsMailsSince(String recipient, Instant since) {
        return em.createQuery("select count(m) from OutboxMail m where m.recipient = :recipient"
                + " and m.template = :template and m.createdAt >= :since", Long.class)
                .setParameter("recipient", recipient).setParameter("template", ACCOUNT_EXISTS)
                .setParameter("since", since).getSingleResult();
    }

    private boolean mayReceiveAnotherLink(Account account) {
        return tokens.issuedSince(account, TokenPurpose.EMAIL_VERIFICATION,
                clock.instant().minus(Duration.ofHours(1))) < MAX_LINKS_PER_HOUR;
    }

    private void sendVerification(Account account) {
        String secret = tokens.issue(account, TokenPurpose.EMAIL_VERIFICATION);
        outbox.queue(account.email(), account.language(), "account.verify", account.firstName(),
                Secret.link(link("verify.xhtml?token="), secret));
    }

    private String link(String page) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + page;
    }

    private Optional<Account> find(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst();
    }
}
