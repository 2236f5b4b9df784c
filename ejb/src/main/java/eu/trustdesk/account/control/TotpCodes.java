package eu.trustdesk.account.control;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app computes them: HMAC-SHA1,
 * 6 digits, 30-second steps, a 160-bit secret in base32. The code of the current step is accepted,
 * and of the step before and after (a phone's clock a little off, a code typed as it changed);
 * which step matched is returned, so that the account can refuse it a second time.
 */
public final class TotpCodes {

    public static final String ISSUER = "TrustDesk";
    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    /** Steps accepted on each side of the current one. */
    public static final int WINDOW = 1;
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    /** A new secret: 32 base32 characters, 160 bits (RFC 4226's recommended length). */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The {@code otpauth://} URI of the QR code an authenticator app scans: issuer TrustDesk, the account's address. */
    public String otpauthUri(String email, String secret) {
        return new QrData.Builder().label(ISSUER + ":" + email).secret(secret).issuer(ISSUER).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** Whether the text has the shape of a code (six digits, spaces ignored), as opposed to a recovery code. */
    public static boolean looksLikeCode(String text) {
        return text != null && CODE.matcher(text.replace(" ", "")).matches();
    }

    public String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a TOTP code", e);
        }
    }

    /** The time step, within the window around {@code now}, whose code is {@code code}; empty when none is. */
    public OptionalLong matchingStep(String secret, String code, Instant now) {
        if (!looksLikeCode(code)) {
            return OptionalLong.empty();
        }
        String typed = code.replace(" ", "");
        long current = step(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (constantTimeEquals(codeAt(secret, step), typed)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
