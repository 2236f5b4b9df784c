package eu.trustdesk.testing;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.Set;

/** The demo accounts the test server loads (TRUSTDESK_DEMO_DATA=true), as the README lists them. */
public final class DemoAccounts {

    /**
     * The second-factor secret of the demo staff accounts (validator, accountant, administrator),
     * published in the README: the tests compute the current code from it, as an authenticator app
     * would. On a demo start these accounts may use a code twice (the README says why), so tests
     * signing in as the same demo administrator within 30 seconds need neither wait nor retry.
     */
    public static final String TOTP_SECRET = "TRUSTDESKDEMOTOTPSECRETFORSTAFF2";

    public static final String PASSWORD = "TrustDesk-demo-2026";
    public static final String CUSTOMER = "customer@demo.trustdesk.eu";
    /** A second customer, French, to check that customers cannot reach each other's data. */
    public static final String BUYER = "buyer@demo.trustdesk.eu";
    public static final String PARTNER = "partner@demo.trustdesk.eu";
    public static final String VALIDATOR = "validator@demo.trustdesk.eu";
    public static final String ACCOUNTANT = "accountant@demo.trustdesk.eu";
    public static final String ADMIN = "admin@demo.trustdesk.eu";

    private static final Set<String> STAFF = Set.of(VALIDATOR, ACCOUNTANT, ADMIN);

    private DemoAccounts() {
    }

    /** Whether the address is a demo staff account, which signs in with a code after its password. */
    public static boolean isStaff(String email) {
        return STAFF.contains(email);
    }

    /** The code an authenticator app shows now for the demo staff accounts. */
    public static String currentCode() {
        return code(TOTP_SECRET, Instant.now());
    }

    /** The code of {@code secret} at {@code at} (RFC 6238: SHA-1, 6 digits, 30 s), as any authenticator app computes it. */
    public static String code(String secret, Instant at) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, Math.floorDiv(at.getEpochSecond(), 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
