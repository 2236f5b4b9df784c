package eu.trustdesk.account.entity;

import eu.trustdesk.shared.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in to TrustDesk. The e-mail address is the login, kept in lower case so that
 * "Anna@Example.com" and "anna@example.com" are one account.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";

    /** RFC 5321 limit of a forward path. */
    public static final int EMAIL_LENGTH = 254;
    public static final int NAME_LENGTH = 80;
    public static final int PASSWORD_HASH_LENGTH = 255;
    public static final int PHONE_LENGTH = 30;
    public static final int SEALED_SECRET_LENGTH = 255;

    /** Consecutive failed logins after which the account is locked for {@link #LOCK_DURATION}. */
    public static final int MAX_FAILED_LOGINS = 5;
    /** Long enough to make guessing pointless, short enough for the real owner to wait it out. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", nullable = false, unique = true, length = EMAIL_LENGTH)
    private String email;

    @Column(name = "password_hash", nullable = false, length = PASSWORD_HASH_LENGTH)
    private String passwordHash;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "first_name", nullable = false, length = NAME_LENGTH)
    private String firstName;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "last_name", nullable = false, length = NAME_LENGTH)
    private String lastName;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = Language.CODE_LENGTH)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private AccountStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Size(max = PHONE_LENGTH)
    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /**
     * Raised at every password change. A session remembers the value it signed in with; a session
     * holding an older value is ended (see the web's session guard), so changing the password
     * signs the account out everywhere else.
     */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    /**
     * The TOTP secret of the second factor, sealed with the server's key (never in clear); null
     * while the second factor is off.
     */
    @Column(name = "totp_secret", length = SEALED_SECRET_LENGTH)
    private String totpSecret;

    /** The last time step whose code was accepted: a code of that step or an earlier one is a replay. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** SHA-256 of the unused recovery codes; a code is removed when used. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash", nullable = false, length = 64)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String email, String firstName, String lastName, Language language, String passwordHash, Instant now) {
        this.email = normalizeEmail(email);
        this.firstName = Objects.requireNonNull(firstName, "firstName").trim();
        this.lastName = Objects.requireNonNull(lastName, "lastName").trim();
        this.language = Objects.requireNonNull(language, "language");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.status = AccountStatus.PENDING_VERIFICATION;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** The form in which e-mail addresses are stored and looked up. */
    public static String normalizeEmail(String email) {
        return Objects.requireNonNull(email, "email").trim().toLowerCase(Locale.ROOT);
    }

    public Account grant(Role role) {
        roles.add(role);
        return this;
    }

    /** The owner proved they receive mail at the address: the account may sign in. */
    public void activate() {
        if (status == AccountStatus.DISABLED) {
            throw new IllegalStateException("A disabled account is re-enabled by an administrator, not activated");
        }
        status = AccountStatus.ACTIVE;
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    public boolean maySignIn() {
        return status == AccountStatus.ACTIVE && !roles.isEmpty();
    }

    public void changeLanguage(Language newLanguage) {
        this.language = Objects.requireNonNull(newLanguage, "language");
    }

    /** A new password: ends the lock and every session opened with the old one. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
        this.credentialsVersion++;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void changeProfile(String newFirstName, String newLastName, String newPhone) {
        this.firstName = Objects.requireNonNull(newFirstName, "firstName").trim();
        this.lastName = Objects.requireNonNull(newLastName, "lastName").trim();
        this.phone = newPhone == null || newPhone.isBlank() ? null : newPhone.trim();
    }

    /** Whether logins are refused at {@code now} because of too many failed attempts. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password. The {@link #MAX_FAILED_LOGINS}th in a row locks the account for
     * {@link #LOCK_DURATION}; attempts during the lock are not counted, so the lock cannot be
     * prolonged indefinitely by someone else hammering the login.
     */
    public void recordFailedLogin(Instant now) {
        if (isLocked(now)) {
            return;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Staff read every identity document and every mail: they may not sign in with a password alone. */
    public boolean secondFactorRequired() {
        return roles.stream().anyMatch(Role::backOffice);
    }

    public boolean secondFactorOn() {
        return totpSecret != null;
    }

    /**
     * Turns the second factor on with a secret whose first code the owner has just typed (step
     * {@code confirmedStep}, which may not be used again), and the hashes of fresh recovery codes.
     */
    public void enableSecondFactor(String sealedSecret, long confirmedStep, Set<String> recoveryHashes, Instant now) {
        if (secondFactorOn()) {
            throw new IllegalStateException("The second factor is already on; reset it first");
        }
        if (recoveryHashes.isEmpty()) {
            throw new IllegalArgumentException("Recovery codes are the way back in when the phone is lost");
        }
        this.totpSecret = Objects.requireNonNull(sealedSecret, "sealedSecret");
        this.totpLastStep = confirmedStep;
        this.totpEnabledAt = Objects.requireNonNull(now, "now");
        this.recoveryCodeHashes.clear();
        this.recoveryCodeHashes.addAll(recoveryHashes);
    }

    /** The owner turns the second factor off (customers and partners only: staff must keep it). */
    public void disableSecondFactor() {
        if (secondFactorRequired()) {
            throw new IllegalStateException("Staff accounts keep their second factor; an administrator may reset it");
        }
        clearSecondFactor();
    }

    /**
     * An administrator's reset (phone lost): the second factor is off, and every session of the
     * account ends, since whoever holds the lost phone may be signed in. A staff account must enrol
     * again at its next sign-in.
     */
    public void resetSecondFactor() {
        if (!secondFactorOn()) {
            throw new IllegalStateException("No second factor to reset");
        }
        clearSecondFactor();
        credentialsVersion++;
    }

    private void clearSecondFactor() {
        totpSecret = null;
        totpLastStep = null;
        totpEnabledAt = null;
        recoveryCodeHashes.clear();
    }

    /**
     * Accepts the code of time step {@code step}, unless it is a replay: a step not after the last
     * accepted one (RFC 6238, section 5.2: a code is valid once). {@code replayAllowed} is only for
     * the demo accounts, whose secret is published (see Authentication).
     *
     * @return whether the code is accepted
     */
    public boolean acceptTotpStep(long step, boolean replayAllowed) {
        if (!secondFactorOn()) {
            throw new IllegalStateException("No second factor");
        }
        if (replayAllowed) {
            // nothing recorded: concurrent sign-ins of one demo account then never write the same row
            return true;
        }
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** Uses a recovery code, given by its hash: true once, false ever after. */
    public boolean useRecoveryCode(String codeHash) {
        return secondFactorOn() && recoveryCodeHashes.remove(codeHash);
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    public String sealedTotpSecret() {
        return totpSecret;
    }

    public Long totpLastStep() {
        return totpLastStep;
    }

    public Instant totpEnabledAt() {
        return totpEnabledAt;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    public Language language() {
        return language;
    }

    public AccountStatus status() {
        return status;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public String phone() {
        return phone;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int credentialsVersion() {
        return credentialsVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
