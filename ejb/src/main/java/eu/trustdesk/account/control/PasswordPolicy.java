package eu.trustdesk.account.control;

import eu.trustdesk.shared.BusinessException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which passwords TrustDesk accepts, after OWASP ASVS 4.0 level 2 (V2.1): at least 12 characters,
 * at most 128, any character allowed and no composition rule; refused when it is a common or
 * breached password, or one with digits or symbols merely added around such a password
 * ("password2024!"), or the account's own e-mail address.
 *
 * <p>The list ({@code common-passwords.txt}) is the password dictionary of zxcvbn-ts
 * (MIT licence), drawn from public breach corpora, lower-cased, six characters and more.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "common-passwords.txt";
    /** What people add around a weak password to pass composition rules. */
    private static final Pattern DECORATION = Pattern.compile("^[\\d\\p{Punct}\\s]*(.*?)[\\d\\p{Punct}\\s]*$");

    private static final class Common {
        static final Set<String> PASSWORDS = load();
    }

    /** Refuses {@code password} with the message the user sees; returns normally when it is acceptable. */
    public void check(String password, String email) {
        if (password == null || password.isEmpty()) {
            throw new BusinessException("error.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new BusinessException("error.password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new BusinessException("error.password.tooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw new BusinessException("error.password.common");
        }
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (lower.contains(address) || (localPart.length() >= 4 && lower.equals(localPart))) {
                throw new BusinessException("error.password.containsEmail");
            }
        }
    }

    static boolean isCommon(String lowerCase) {
        if (Common.PASSWORDS.contains(lowerCase) || isOneCharacterRepeated(lowerCase)) {
            return true;
        }
        var matcher = DECORATION.matcher(lowerCase);
        if (!matcher.matches()) {
            return false;
        }
        int coreStart = matcher.start(1);
        int coreEnd = matcher.end(1);
        if (coreStart == coreEnd && isPattern(lowerCase)) {
            // only digits and symbols: no composition rule, but no keyboard walk or repetition
            return true;
        }
        /*
         * Not only the bare core: many listed passwords begin or end with digits or symbols
         * themselves ("abc123", "1qaz2wsx"), and stripping all the decoration would cut into them
         * ("abc123!!!!!!" has the core "abc", which is no listed password). So every way of
         * removing part of the leading and trailing decoration is looked up (at most 65 x 65
         * look-ups, the two decorations sharing at most 128 characters).
         */
        for (int start = 0; start <= coreStart; start++) {
            for (int end = lowerCase.length(); end >= coreEnd; end--) {
                if (Common.PASSWORDS.contains(lowerCase.substring(start, end))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "123456789012", "987654321098", "121212121212", "123123123123": counted or repeated, not chosen. */
    private static boolean isPattern(String password) {
        int[] c = password.codePoints().toArray();
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < c.length; i++) {
            up &= Character.isDigit(c[i]) && Character.isDigit(c[i - 1]) && (c[i] - '0') == (c[i - 1] - '0' + 1) % 10;
            down &= Character.isDigit(c[i]) && Character.isDigit(c[i - 1]) && (c[i - 1] - '0') == (c[i] - '0' + 1) % 10;
        }
        if (up || down) {
            return true;
        }
        for (int period = 1; period <= 4; period++) {
            boolean repeats = true;
            for (int i = period; i < c.length && repeats; i++) {
                repeats = c[i] == c[i - period];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOneCharacterRepeated(String password) {
        return password.codePoints().distinct().count() == 1;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the application");
            }
            Set<String> passwords = new HashSet<>(64_000);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        passwords.add(line.strip());
                    }
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
