package eu.trustdesk.voucher.entity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Voucher codes: 24 random Crockford base32 symbols (120 bits from {@link SecureRandom}) and one
 * check symbol, shown in five groups of five ({@code 7KQ2M-9XW4T-...}).
 *
 * <p>Crockford's alphabet leaves out I, L, O and U, so that what is read aloud or copied by hand
 * is unambiguous; when typed, {@code O} is read as zero and {@code I}/{@code L} as one, case and
 * dashes or spaces do not matter. The check symbol is Luhn mod 32 over the 24 others: it catches
 * every single wrong symbol and nearly every swap of two neighbours, so a typo is told as a typo instead
 * of "unknown code".
 */
public final class VoucherCode {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int RANDOM_SYMBOLS = 24;
    /** Stored form: the symbols without separators. */
    public static final int LENGTH = RANDOM_SYMBOLS + 1;
    public static final int GROUP = 5;
    /** Longest input worth looking at: the grouped form with some spaces around. */
    public static final int MAX_INPUT = 60;

    private static final int BASE = 32;

    private VoucherCode() {
    }

    /** A new random code in its stored form (25 symbols, no separators). */
    public static String generate(SecureRandom random) {
        char[] symbols = new char[LENGTH];
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            symbols[i] = ALPHABET.charAt(random.nextInt(BASE));
        }
        symbols[RANDOM_SYMBOLS] = checkSymbol(new String(symbols, 0, RANDOM_SYMBOLS));
        return new String(symbols);
    }

    /** The code as people read it: groups of five separated by dashes. */
    public static String grouped(String code) {
        StringBuilder out = new StringBuilder(code.length() + code.length() / GROUP);
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                out.append('-');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }

    /** What a person typed, in stored form: upper case, separators dropped, O→0 and I/L→1; empty if it cannot be a code at all. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > MAX_INPUT) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ', '\t' -> {
                    // separators are for reading only
                }
                case 'O' -> out.append('0');
                case 'I', 'L' -> out.append('1');
                default -> {
                    if (ALPHABET.indexOf(c) < 0) {
                        return Optional.empty();
                    }
                    out.append(c);
                }
            }
        }
        return out.length() == LENGTH ? Optional.of(out.toString()) : Optional.empty();
    }

    /** Whether a normalized code's last symbol is the check symbol of the others. */
    public static boolean checks(String normalized) {
        return normalized.length() == LENGTH
                && normalized.charAt(RANDOM_SYMBOLS) == checkSymbol(normalized.substring(0, RANDOM_SYMBOLS));
    }

    /** Luhn mod N (N = 32): doubles every second symbol from the right, digit-sums in base 32. */
    static char checkSymbol(String symbols) {
        int factor = 2;
        int sum = 0;
        for (int i = symbols.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(symbols.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / BASE + addend % BASE;
        }
        return ALPHABET.charAt((BASE - sum % BASE) % BASE);
    }
}
