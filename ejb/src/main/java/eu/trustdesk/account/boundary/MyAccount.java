package eu.trustdesk.account.boundary;

import eu.trustdesk.account.control.CallerAccount;
import eu.trustdesk.account.control.ConsentTexts;
import eu.trustdesk.account.control.PasswordFailures;
import eu.trustdesk.account.control.PasswordHashing;
import eu.trustdesk.account.control.PasswordPolicy;
import eu.trustdesk.account.control.SecondFactor;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.ConsentKind;
import eu.trustdesk.account.entity.ConsentRecord;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed-in user's own account. Every method works on the caller's account, named by the
 * container's caller principal, never on an id given by the page: nobody can reach another
 * account through it.
 */
@Stateless
@RolesAllowed({Role.Names.CUSTOMER, Role.Names.PARTNER, Role.Names.VALIDATOR, Role.Names.ACCOUNTANT, Role.Names.ADMIN})
public class MyAccount {

    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private MailOutbox outbox;

    @Inject
    private SecondFactor secondFactor;

    @Inject
    private PasswordFailures failures;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    /** Remembers the language the user chose, for their next visit and for the e-mails they receive. */
    public void changeLanguage(@NotNull Language language) {
        caller().changeLanguage(language);
    }

    public Language language() {
        return caller().language();
    }

    public String displayName() {
        return caller().displayName();
    }

    public Account profile() {
        return caller();
    }

    public void changeProfile(@NotBlank @Size(max = Account.NAME_LENGTH) String firstName,
            @NotBlank @Size(max = Account.NAME_LENGTH) String lastName,
            @Size(max = Account.PHONE_LENGTH) String phone) {
        caller().changeProfile(firstName, lastName, phone);
    }

    /**
     * Replaces the password after checking the current one. Every other session of the account
     * ends (they hold the old credentials version); the caller keeps its own by adopting the
     * returned version. The owner is told by mail, in case it was not them.
     *
     * <p>A wrong current password counts as a failed sign-in: whoever sits at an unattended
     * session must not be able to guess the password here without limit.
     *
     * @return the new credentials version
     * @throws AccountLocked when the account is locked, or the wrong password just locked it:
     *         the session must end
     * @throws BusinessException {@code error.password.currentWrongCounted} with the attempts left
     */
    public int changePassword(@NotNull String currentPassword, @NotNull String newPassword) {
        Account account = caller();
        checkCurrentPassword(account, currentPassword);
        passwordPolicy.check(newPassword, account.email());
        account.changePasswordHash(passwords.hash(newPassword.toCharArray()));
        outbox.queue(account.email(), account.language(), "account.passwordChanged", account.firstName(),
                (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "password-forgotten.xhtml");
        return account.credentialsVersion();
    }

    /**
     * The caller's current password, asked again before a sensitive change: a wrong one counts like
     * a failed sign-in, so that whoever borrows an open session cannot guess it.
     *
     * @throws AccountLocked when the account is locked, or the wrong password just locked it:
     *         the session must end
     * @throws BusinessException {@code error.password.currentWrongCounted} with the attempts left
     */
    private void checkCurrentPassword(Account account, String currentPassword) {
        if (account.isLocked(clock.instant())) {
            throw new AccountLocked();
        }
        if (!passwords.matches(currentPassword.toCharArray(), account.passwordHash())) {
            int left = failures.recordWrongCurrentPassword(account.id());
            if (left == 0) {
                throw new AccountLocked();
            }
            throw new BusinessException("error.password.currentWrongCounted", left, Account.LOCK_DURATION.toMinutes());
        }
        account.recordSuccessfulLogin();
    }

    public boolean secondFactorOn() {
        return caller().secondFactorOn();
    }

    public boolean secondFactorRequired() {
        return caller().secondFactorRequired();
    }

    public int recoveryCodesLeft() {
        return caller().recoveryCodesLeft();
    }

    /** A new secret to show as a QR code; stored only once its first code is typed ({@link #enableSecondFactor}). */
    public SecondFactor.Enrolment beginSecondFactor() {
        Account account = caller();
        if (account.secondFactorOn()) {
            throw new BusinessException("error.mfa.alreadyOn");
        }
        return secondFactor.begin(account);
    }

    /**
     * Turns the caller's second factor on, after checking the current password (whoever borrows an
     * open session must not lock its owner out) and the first code of the new secret.
     *
     * @return the recovery codes, shown once
     */
    public List<String> enableSecondFactor(@NotNull String currentPassword, @NotNull String sealedEnrolment,
            @NotNull String code) {
        Account account = caller();
        checkCurrentPassword(account, currentPassword);
        if (account.secondFactorOn()) {
            throw new BusinessException("error.mfa.alreadyOn");
        }
        return secondFactor.complete(account, sealedEnrolment, code, clock.instant());
    }

    /** Turns the caller's second factor off, after checking the password; staff accounts must keep theirs. */
    public void disableSecondFactor(@NotNull String currentPassword) {
        Account account = caller();
        checkCurrentPassword(account, currentPassword);
        if (account.secondFactorRequired()) {
            throw new BusinessException("error.mfa.requiredForStaff");
        }
        if (account.secondFactorOn()) {
            account.disableSecondFactor();
        }
    }

    /** Every consent choice of the caller, newest first. */
    public List<ConsentRecord> consents() {
        return em.createNamedQuery(ConsentRecord.OF_ACCOUNT, ConsentRecord.class)
                .setParameter("account", caller()).getResultList();
    }

    public boolean marketingAccepted() {
        return consents().stream().filter(c -> c.kind() == ConsentKind.MARKETING).findFirst()
                .map(ConsentRecord::granted).orElse(false);
    }

    /** Records a new marketing choice against the current text; a repeated identical choice is not recorded twice. */
    public void changeMarketingConsent(boolean granted) {
        if (granted == marketingAccepted()) {
            return;
        }
        em.persist(new ConsentRecord(caller(), ConsentKind.MARKETING, ConsentTexts.MARKETING_VERSION, granted,
                clock.instant()));
    }

    private Account caller() {
        return callerAccount.get();
    }
}
