package eu.trustdesk.account.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The way back in when the phone is lost: {@value #COUNT} codes shown once at enrolment, each good
 * for one sign-in, stored as their SHA-256 ({@link SecretTokens#hash}). 16 characters from an
 * alphabet without look-alikes (no 0/o, 1/l/i) give 80 random bits, enough that a fast hash is
 * safe; they are typed with or without the dashes, in either case.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretTokens tokens = new SecretTokens();

    /** Fresh codes in the form shown to the user: {@code xxxx-xxxx-xxxx-xxxx}. */
    public List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The stored form of a code as typed: dashes and spaces dropped, lower case, hashed. */
    public String hash(String typed) {
        return tokens.hash(normalize(typed));
    }

    static String normalize(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
