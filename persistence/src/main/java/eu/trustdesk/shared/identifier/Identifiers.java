package eu.trustdesk.shared.identifier;

import eu.trustdesk.shared.BusinessException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.checkdigit.CheckDigit;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * Checks of French and Italian organisation identifiers: {@link #check(IdentifierType, String)}
 * or one method per type, and {@link #require(IdentifierType, String)} for boundaries.
 *
 * <p>Each check normalises first (see the method of each type), then reports the first problem
 * in the order: empty, wrong characters, wrong length, wrong check digit.
 */
public final class Identifiers {

    /** Longest PEC address accepted: the longest address an SMTP path can carry (RFC 5321). */
    public static final int PEC_MAX_LENGTH = 254;
    /** Shortest and longest IPA code accepted; see {@link #ipaCode(String)}. */
    public static final int IPA_CODE_MIN_LENGTH = 2;
    public static final int IPA_CODE_MAX_LENGTH = 20;

    static final String EMPTY = "empty";
    static final String DIGITS = "digits";
    static final String LENGTH = "length";
    static final String FORMAT = "format";
    static final String CHECKSUM = "checksum";
    static final String KEY = "key";
    static final String SIREN = "siren";
    static final String SERIAL = "serial";
    static final String OFFICE = "office";

    private static final int SIREN_LENGTH = 9;
    private static final int SIRET_LENGTH = 14;
    private static final int PARTITA_IVA_LENGTH = 11;
    private static final int CODICE_FISCALE_LENGTH = 16;

    /** SIREN of La Poste, whose establishments do not follow Luhn (see {@link #siret(String)}). */
    private static final String LA_POSTE_SIREN = "356000000";
    /** SIRET of La Poste's head office, the only one of its SIRETs with a Luhn check digit. */
    private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    private static final CheckDigit LUHN = LuhnCheckDigit.LUHN_CHECK_DIGIT;
    /** No local addresses (user@localhost) and no local top-level domains: a PEC is a public address. */
    private static final EmailValidator EMAIL = EmailValidator.getInstance(false, false);

    /** What people type between groups of characters: spaces, tabs and the no-break spaces French uses. */
    private static final String BLANK = "\\s\\u00A0\\u2007\\u202F";
    private static final Pattern BLANKS = Pattern.compile("[" + BLANK + "]+");
    private static final Pattern BLANKS_DOTS_DASHES = Pattern.compile("[" + BLANK + ".\\-]+");
    private static final Pattern LEADING_OR_TRAILING_BLANKS = Pattern.compile("^[" + BLANK + "]+|[" + BLANK + "]+$");

    private static final Pattern FR_VAT_FORMAT = Pattern.compile("FR[0-9A-Z]{2}[0-9]{9}");
    /**
     * Codice fiscale of a person: surname (3 letters), name (3), year (2 digits), month (1 letter
     * of ABCDEHLMPRST), day (2 digits, +40 for women), place of birth (1 letter, 3 digits), check
     * character. When two people would get the same code, the Agenzia delle Entrate replaces digits
     * from the right with the letters LMNPQRSTUV (0-9) ("omocodia"), so every digit position also
     * accepts those letters.
     */
    private static final Pattern CODICE_FISCALE_FORMAT = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    private static final Pattern IPA_CODE_CHARACTERS = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Z0-9]+");

    /*
     * Codice fiscale check character (DM 23/12/1976): characters in odd positions (1st, 3rd, ...)
     * are converted with this table, indexed by digit (0-9) or letter (A-Z); characters in even
     * positions count their own value (0-9, A=0 ... Z=25). The check character is the letter
     * A + (sum mod 26). No library in the project computes it, hence written here.
     */
    private static final int[] CF_ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    private static final int[] CF_ODD_LETTERS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
            14, 16, 10, 22, 25, 24, 23};

    private Identifiers() {
    }

    /** Checks {@code raw} as an identifier of the given type; never throws. */
    public static IdentifierCheck check(IdentifierType type, String raw) {
        return switch (type) {
            case SIREN -> siren(raw);
            case SIRET -> siret(raw);
            case FR_VAT -> frVat(raw);
            case PARTITA_IVA -> partitaIva(raw);
            case CODICE_FISCALE -> codiceFiscale(raw);
            case IPA_CODE -> ipaCode(raw);
            case SDI_CODE -> sdiCode(raw);
            case PEC -> pec(raw);
        };
    }

    /**
     * The normalised value of a valid identifier.
     *
     * @throws BusinessException with the problem key and {@link IdentifierCheck#arguments()} when
     *         the identifier is not valid
     */
    public static String require(IdentifierType type, String raw) {
        IdentifierCheck check = check(type, raw);
        if (!check.valid()) {
            throw new BusinessException(check.problemKey(), check.arguments());
        }
        return check.normalised();
    }

    /** SIREN: 9 digits, Luhn check digit. Spaces, dots and dashes are ignored. */
    public static IdentifierCheck siren(String raw) {
        String number = compact(raw, BLANKS_DOTS_DASHES);
        String problem = digitsProblem(number, SIREN_LENGTH);
        if (problem == null && !LUHN.isValid(number)) {
            problem = CHECKSUM;
        }
        return result(IdentifierType.SIREN, number, problem);
    }

    /**
     * SIRET: 14 digits, Luhn check digit over all 14. Spaces, dots and dashes are ignored.
     *
     * <p>Exception: La Poste (SIREN 356 000 000) has more establishments than a 5-digit number
     * with a Luhn key allows, so INSEE numbers them with another rule: the sum of the 14 digits is
     * a multiple of 5. Only its head office, 356 000 000 00048, keeps a Luhn check digit.
     * Commons Validator knows nothing of this, hence the hand-written test.
     */
    public static IdentifierCheck siret(String raw) {
        String number = compact(raw, BLANKS_DOTS_DASHES);
        String problem = digitsProblem(number, SIRET_LENGTH);
        if (problem == null) {
            boolean valid = number.startsWith(LA_POSTE_SIREN) && !number.equals(LA_POSTE_HEAD_OFFICE)
                    ? digitSum(number) % 5 == 0
                    : LUHN.isValid(number);
            problem = valid ? null : CHECKSUM;
        }
        return result(IdentifierType.SIRET, number, problem);
    }

    /**
     * French VAT number: FR, a 2-digit key, a valid SIREN; key = (12 + 3 × (SIREN mod 97)) mod 97.
     * Spaces are ignored, letters upper-cased.
     *
     * <p>The tax office also issues keys with letters (to businesses without a SIREN, the 9 digits
     * then being no SIREN). TrustDesk deals with French organisations through their SIREN, so only
     * numeric keys are accepted; a key with letters is refused as a wrong key. Not in Commons
     * Validator, hence written here.
     */
    public static IdentifierCheck frVat(String raw) {
        String number = compact(raw, BLANKS).toUpperCase(Locale.ROOT);
        String problem = null;
        if (number.isEmpty()) {
            problem = EMPTY;
        } else if (!FR_VAT_FORMAT.matcher(number).matches()) {
            problem = FORMAT;
        } else {
            String siren = number.substring(4);
            if (!LUHN.isValid(siren)) {
                problem = SIREN;
            } else if (!number.substring(2, 4).equals(frVatKey(siren))) {
                problem = KEY;
            }
        }
        return result(IdentifierType.FR_VAT, number, problem);
    }

    /**
     * Partita IVA: 11 digits; the first 7 (taxpayer number) not all zero; digits 8-10 the code of
     * the issuing office: 001-100 (provinces), 120, 121, 888 or 999 (special offices); the last a
     * check digit. Spaces and an {@code IT} prefix (as in the EU VAT number IT01114601006) are
     * ignored.
     *
     * <p>The Italian check digit (odd positions summed, even positions doubled minus 9 above 9,
     * check = (10 - sum mod 10) mod 10) is the Luhn algorithm: on 11 digits the even positions
     * from the left are the even positions from the right, which Luhn doubles. Hence
     * {@link LuhnCheckDigit}.
     */
    public static IdentifierCheck partitaIva(String raw) {
        String number = compact(raw, BLANKS).toUpperCase(Locale.ROOT);
        if (number.startsWith("IT")) {
            number = number.substring(2);
        }
        return result(IdentifierType.PARTITA_IVA, number, numericTaxCodeProblem(number));
    }

    /**
     * Codice fiscale: of a person, 16 characters (letters and digits in fixed places, digits
     * possibly replaced by letters for omocodia) whose last is a check character; of a company or
     * a public body, 11 digits checked exactly like a partita IVA. Spaces are ignored, letters
     * upper-cased. The date and place of birth are not checked against calendars or the list of
     * municipalities.
     */
    public static IdentifierCheck codiceFiscale(String raw) {
        String code = compact(raw, BLANKS).toUpperCase(Locale.ROOT);
        String problem;
        if (code.isEmpty()) {
            problem = EMPTY;
        } else if (isDigits(code)) {
            problem = code.length() == PARTITA_IVA_LENGTH ? numericTaxCodeProblem(code) : LENGTH;
        } else if (code.length() != CODICE_FISCALE_LENGTH) {
            problem = LENGTH;
        } else if (!CODICE_FISCALE_FORMAT.matcher(code).matches()) {
            problem = FORMAT;
        } else {
            problem = code.charAt(15) == codiceFiscaleCheckCharacter(code) ? null : CHECKSUM;
        }
        return result(IdentifierType.CODICE_FISCALE, code, problem);
    }

    /**
     * Codice IPA of a public administration: letters, digits and underscores, 2 to 20 characters,
     * case kept as typed (spaces removed). No rule is published for it; the codes in the IndicePA
     * open data are 2 to 16 characters of that alphabet, in either case ("AC", "agid", "c_f205",
     * "p_AN", "istsc_csic8ae00x"), so 20 leaves room without accepting free text.
     */
    public static IdentifierCheck ipaCode(String raw) {
        String code = compact(raw, BLANKS);
        String problem = null;
        if (code.isEmpty()) {
            problem = EMPTY;
        } else if (!IPA_CODE_CHARACTERS.matcher(code).matches()) {
            problem = FORMAT;
        } else if (code.length() < IPA_CODE_MIN_LENGTH || code.length() > IPA_CODE_MAX_LENGTH) {
            problem = LENGTH;
        }
        return result(IdentifierType.IPA_CODE, code, problem);
    }

    /**
     * SDI recipient code: 7 letters or digits (codice destinatario of a company or its
     * intermediary; "0000000" when invoices go to a PEC address or stay in the recipient's tax
     * drawer), or 6 (codice univoco ufficio of a public administration office, from IndicePA).
     * Spaces are ignored, letters upper-cased. The codes are assigned, not computed: there is no
     * check digit.
     */
    public static IdentifierCheck sdiCode(String raw) {
        String code = compact(raw, BLANKS).toUpperCase(Locale.ROOT);
        String problem = null;
        if (code.isEmpty()) {
            problem = EMPTY;
        } else if (!LETTERS_AND_DIGITS.matcher(code).matches()) {
            problem = FORMAT;
        } else if (code.length() != 6 && code.length() != 7) {
            problem = LENGTH;
        }
        return result(IdentifierType.SDI_CODE, code, problem);
    }

    /**
     * PEC address: an e-mail address ({@link EmailValidator}, no local domains) of at most
     * {@value #PEC_MAX_LENGTH} characters. Only leading and trailing spaces are removed (a space
     * inside is an error to show, not to repair) and the domain is lower-cased; the local part is
     * kept as typed.
     */
    public static IdentifierCheck pec(String raw) {
        String address = raw == null ? "" : LEADING_OR_TRAILING_BLANKS.matcher(raw).replaceAll("");
        int at = address.lastIndexOf('@');
        if (at >= 0) {
            address = address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
        }
        String problem = null;
        if (address.isEmpty()) {
            problem = EMPTY;
        } else if (address.length() > PEC_MAX_LENGTH) {
            problem = LENGTH;
        } else if (!EMAIL.isValid(address)) {
            problem = FORMAT;
        }
        return result(IdentifierType.PEC, address, problem);
    }

    /** Partita IVA, and codice fiscale of a company or public body: the same 11-digit number. */
    private static String numericTaxCodeProblem(String number) {
        String problem = digitsProblem(number, PARTITA_IVA_LENGTH);
        if (problem != null) {
            return problem;
        }
        if (number.startsWith("0000000")) {
            return SERIAL;
        }
        int office = Integer.parseInt(number.substring(7, 10));
        if (!(office >= 1 && office <= 100 || office == 120 || office == 121 || office == 888 || office == 999)) {
            return OFFICE;
        }
        return LUHN.isValid(number) ? null : CHECKSUM;
    }

    private static String digitsProblem(String number, int length) {
        if (number.isEmpty()) {
            return EMPTY;
        }
        if (!isDigits(number)) {
            return DIGITS;
        }
        return number.length() == length ? null : LENGTH;
    }

    /** Two digits, with a leading zero. */
    private static String frVatKey(String siren) {
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return String.format(Locale.ROOT, "%02d", key);
    }

    private static char codiceFiscaleCheckCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < CODICE_FISCALE_LENGTH - 1; i++) {
            char c = code.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (i % 2 == 0) { // 1st, 3rd, ... character
                sum += digit ? CF_ODD_DIGITS[c - '0'] : CF_ODD_LETTERS[c - 'A'];
            } else {
                sum += digit ? c - '0' : c - 'A';
            }
        }
        return (char) ('A' + sum % 26);
    }

    private static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }

    /** ASCII digits only: {@link Character#isDigit} would also accept Arabic or Devanagari digits. */
    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String compact(String raw, Pattern ignored) {
        return raw == null ? "" : ignored.matcher(raw).replaceAll("");
    }

    private static IdentifierCheck result(IdentifierType type, String normalised, String problem) {
        return problem == null
                ? IdentifierCheck.ok(type, normalised)
                : IdentifierCheck.problem(type, normalised, problem);
    }
}
