package eu.trustdesk.account.control;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.platform.ProductionReadiness;
import eu.trustdesk.platform.SecretBox;
import eu.trustdesk.platform.document.QrSvg;
import eu.trustdesk.shared.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The second factor's rules, between the account and the boundaries: enrolment (a new secret,
 * confirmed by its first code, then recovery codes), and the check of a code or recovery code at
 * sign-in. The secret only ever leaves this class sealed ({@link SecretBox}), except at enrolment,
 * where its owner must see it.
 */
@Dependent
public class SecondFactor {

    /**
     * The secret the demo staff accounts are seeded with when TRUSTDESK_DEMO_DATA=true (DemoData),
     * published in the README so that anyone trying the demo, and the integration tests, can
     * compute the codes. Never seeded in production.
     */
    public static final String DEMO_SECRET = "TRUSTDESKDEMOTOTPSECRETFORSTAFF2";

    public enum Check {
        ACCEPTED,
        /** A right code of a time step already used: refused, a code is good once. */
        REPLAYED,
        WRONG
    }

    /** What the owner needs to set up their app: the QR code, and the secret as text for typing it in. */
    public record Enrolment(String secret, String otpauthUri, String qrSvg, String sealed) implements java.io.Serializable {

        /** The secret in groups of four, easier to type. */
        public String secretForTyping() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    private final TotpCodes totp = new TotpCodes();
    private final RecoveryCodes recoveryCodes = new RecoveryCodes();

    @Inject
    private SecretBox box;

    @Inject
    @ConfigProperty(name = ProductionReadiness.DEMO_DATA, defaultValue = "false")
    private String demoData;

    public SecondFactor() {
    }

    SecondFactor(SecretBox box, boolean demo) {
        this.box = box;
        this.demoData = Boolean.toString(demo);
    }

    /** A new secret for {@code account}, not stored yet: it is, once its first code is typed ({@link #complete}). */
    public Enrolment begin(Account account) {
        String secret = totp.newSecret();
        String uri = totp.otpauthUri(account.email(), secret);
        return new Enrolment(secret, uri, QrSvg.of(uri, 200), box.seal(account.id() + "|" + secret));
    }

    /**
     * Turns the second factor on with the enrolment's secret if {@code code} is its current code.
     *
     * @return the recovery codes, in clear for the only time
     * @throws BusinessException {@code error.mfa.codeWrong} when the code does not match
     */
    public List<String> complete(Account account, String sealedEnrolment, String code, Instant now) {
        String secret = enrolledSecret(account, sealedEnrolment);
        OptionalLong step = totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            throw new BusinessException("error.mfa.codeWrong");
        }
        List<String> codes = recoveryCodes.generate();
        Set<String> hashes = codes.stream().map(recoveryCodes::hash).collect(Collectors.toSet());
        account.enableSecondFactor(box.seal(secret), step.getAsLong(), hashes, now);
        return codes;
    }

    /** The second step of a sign-in: a six-digit code of the account's app, or one of its recovery codes. */
    public Check verify(Account account, String typed, Instant now) {
        if (typed == null || typed.isBlank() || !account.secondFactorOn()) {
            return Check.WRONG;
        }
        if (TotpCodes.looksLikeCode(typed)) {
            String secret = box.open(account.sealedTotpSecret());
            OptionalLong step = totp.matchingStep(secret, typed, now);
            if (step.isEmpty()) {
                return Check.WRONG;
            }
            return account.acceptTotpStep(step.getAsLong(), replayAllowed(secret)) ? Check.ACCEPTED : Check.REPLAYED;
        }
        return account.useRecoveryCode(recoveryCodes.hash(typed)) ? Check.ACCEPTED : Check.WRONG;
    }

    /**
     * Replay protection holds for every account, except, on a demo start, the demo staff accounts,
     * whose secret is published anyway: whoever can replay their code can compute it. That lets the
     * integration tests sign in as the same demo administrator several times within one 30-second
     * step without waiting; a production start never has an account with that secret (nothing seeds
     * it, and enrolment generates random secrets).
     */
    private boolean replayAllowed(String secret) {
        return "true".equalsIgnoreCase(demoData == null ? "" : demoData.strip()) && DEMO_SECRET.equals(secret);
    }

    /** Seeds the published demo secret (DemoData only, on a demo start). */
    public void seedDemo(Account account, Instant now) {
        if (!account.secondFactorOn()) {
            account.enableSecondFactor(box.seal(DEMO_SECRET), TotpCodes.step(now) - 2 * TotpCodes.WINDOW,
                    recoveryCodes.generate().stream().map(recoveryCodes::hash).collect(Collectors.toSet()), now);
        }
    }

    private String enrolledSecret(Account account, String sealedEnrolment) {
        String opened;
        try {
            opened = box.open(sealedEnrolment);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("error.mfa.enrolmentExpired");
        }
        int bar = opened.indexOf('|');
        if (bar < 0 || !opened.substring(0, bar).equals(String.valueOf(account.id()))) {
            throw new BusinessException("error.mfa.enrolmentExpired");
        }
        return opened.substring(bar + 1);
    }
}
