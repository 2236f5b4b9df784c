package eu.trustdesk.activation.entity;

import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A one-time password mailed to prove that the applicant reads an address: 6 digits, stored as the
 * SHA-256 of a random salt and the code, valid {@link #VALIDITY}, used once, and dead after
 * {@link #MAX_ATTEMPTS} wrong tries (then only a new code helps). Six digits are a million
 * possibilities: the attempt limit, not the hash, is what stops guessing.
 */
@Entity
@Table(name = "activation_otp")
@NamedQuery(name = OneTimePassword.OF_REQUEST, query = "select o from OneTimePassword o where o.request = :request"
        + " order by o.createdAt desc, o.id desc")
public class OneTimePassword {

    public static final String OF_REQUEST = "OneTimePassword.ofRequest";
    public static final Duration VALIDITY = Duration.ofMinutes(10);
    public static final int MAX_ATTEMPTS = 5;
    /** No new code sooner than this after the previous one: a mailbox is not a chat. */
    public static final Duration RESEND_DELAY = Duration.ofSeconds(60);
    /** At most this many codes per request in any hour. */
    public static final int MAX_PER_HOUR = 5;
    public static final int DIGITS = 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What checking a code gave. */
    public enum Outcome {
        VERIFIED, WRONG, EXPIRED, TOO_MANY_ATTEMPTS, USED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ActivationRequest request;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "salt", nullable = false, length = 32)
    private String salt;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected OneTimePassword() {
        // for JPA
    }

    /** A new code for {@code email}; the clear code goes into the mail only, never into the database. */
    public OneTimePassword(ActivationRequest request, String email, String code, Instant now) {
        this.request = Objects.requireNonNull(request, "request");
        this.email = Objects.requireNonNull(email, "email");
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        this.salt = HexFormat.of().formatHex(saltBytes);
        this.codeHash = hash(salt, code);
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(VALIDITY);
    }

    /** Six random digits, leading zeros kept. */
    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /**
     * Refuses a new code when the previous one is younger than {@link #RESEND_DELAY}, or when
     * {@link #MAX_PER_HOUR} were sent in the last hour.
     *
     * @param previous when the request's earlier codes were created, any order
     */
    public static void checkResend(List<Instant> previous, Instant now) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        if (previous.stream().anyMatch(t -> t.isAfter(now.minus(RESEND_DELAY)))) {
            throw new BusinessException("error.otp.tooSoon", RESEND_DELAY.toSeconds());
        }
        if (previous.stream().filter(t -> t.isAfter(hourAgo)).count() >= MAX_PER_HOUR) {
            throw new BusinessException("error.otp.hourlyLimit", MAX_PER_HOUR);
        }
    }

    /**
     * Checks a code typed by the applicant. A wrong code counts as an attempt; once
     * {@link #MAX_ATTEMPTS} are spent even the right code is refused. Returns an outcome rather
     * than throwing, so that the counted attempt is committed.
     */
    public Outcome check(String typed, Instant now) {
        if (usedAt != null) {
            return Outcome.USED;
        }
        if (attempts >= MAX_ATTEMPTS) {
            return Outcome.TOO_MANY_ATTEMPTS;
        }
        if (!now.isBefore(expiresAt)) {
            return Outcome.EXPIRED;
        }
        attempts++;
        String candidate = typed == null ? "" : typed.strip();
        if (candidate.matches("\\d{" + DIGITS + "}")
                && MessageDigest.isEqual(hash(salt, candidate).getBytes(StandardCharsets.US_ASCII),
                        codeHash.getBytes(StandardCharsets.US_ASCII))) {
            usedAt = now;
            return Outcome.VERIFIED;
        }
        return attempts >= MAX_ATTEMPTS ? Outcome.TOO_MANY_ATTEMPTS : Outcome.WRONG;
    }

    public int attemptsLeft() {
        return Math.max(0, MAX_ATTEMPTS - attempts);
    }

    static String hash(String salt, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((salt + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
