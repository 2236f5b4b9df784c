package eu.trustdesk.shared.identifier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.shared.BusinessException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number called "real" below belongs to the organisation named next to it and was checked
 * by hand against the algorithm (Luhn, La Poste rule, VAT key, Italian check digit) before being
 * written here; the mutation tests then prove that the checks catch every single wrong digit.
 */
class IdentifiersTest {

    // ------------------------------------------------------------------ valid numbers

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(quoteCharacter = '"', value = {
        "552081317, EDF",
        "542051180, TotalEnergies SE",
        "356000000, La Poste",
        "380129866, Orange",
        "662042449, BNP Paribas",
        "443061841, Google France",
        "217500016, Ville de Paris",
        "120027016, INSEE",
    })
    void realSirensAreValid(String siren, String owner) {
        assertValid(Identifiers.siren(siren), siren);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(quoteCharacter = '"', value = {
        "55208131766522, EDF head office",
        "54205118000066, TotalEnergies SE head office",
        "44306184100047, Google France",
        "73282932000074, the usual documentation example",
        // La Poste head office: Luhn (its digit sum, 26, is no multiple of 5)
        "35600000000048, La Poste head office",
        // a La Poste establishment: not Luhn, but 3+5+6+4+9+8+3+7 = 45, a multiple of 5
        "35600000049837, La Poste establishment",
    })
    void realSiretsAreValid(String siret, String owner) {
        assertValid(Identifiers.siret(siret), siret);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(quoteCharacter = '"', value = {
        // key = (12 + 3 * (SIREN mod 97)) mod 97
        "FR40303265045, SIREN 303265045",
        "FR83404833048, SIREN 404833048",
        "FR03552081317, EDF",
        "FR59542051180, TotalEnergies SE",
        "FR39356000000, La Poste",
        "FR89380129866, Orange",
    })
    void realFrenchVatNumbersAreValid(String vat, String owner) {
        assertValid(Identifiers.frVat(vat), vat);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(quoteCharacter = '"', value = {
        "01114601006, Poste Italiane",
        "00905811006, Eni",
        "06363391001, Agenzia delle Entrate",
        "00488410010, Telecom Italia",
        "01131710376, Università di Bologna",
        "00159560366, Ferrari",
        "01199250158, Comune di Milano",
        "00950501007, Banca d'Italia",
        "00743110157, example of python-stdnum",
    })
    void realPartiteIvaAreValid(String partitaIva, String owner) {
        assertValid(Identifiers.partitaIva(partitaIva), partitaIva);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(quoteCharacter = '"', value = {
        // companies and public bodies: 11 digits, the partita IVA algorithm
        "97103880585, Poste Italiane",
        "00484960588, Eni",
        "80007010376, Università di Bologna",
        "02438750586, Roma Capitale",
        "80415740580, Ministero dell'Economia e delle Finanze",
        // persons: the textbook examples (Mario Rossi, Matteo Moretti), no real person's code
        "RSSMRA85T10A562S, textbook example",
        "MRTMTT25D09F205Z, textbook example",
        // omocodia: digits replaced from the right by LMNPQRSTUV, check character recomputed
        "RSSMRA85T10A56NH, omocodia of RSSMRA85T10A562S (2 -> N)",
        "MRTMTTRRDLMF2LRC, omocodia of MRTMTT25D09F205Z (7 digits replaced)",
    })
    void codiciFiscaliAreValid(String codiceFiscale, String owner) {
        assertValid(Identifiers.codiceFiscale(codiceFiscale), codiceFiscale);
    }

    @ParameterizedTest
    @CsvSource({
        "agid", // Agenzia per l'Italia Digitale
        "c_f205", // Comune di Milano (F205: its cadastral code)
        "c_l219", // Comune di Torino
        "r_lazio", // Regione Lazio
        "p_AN", // Provincia di Ancona, upper case as published
        "istsc_csic8ae00x", // a school: one of the longest codes in IndicePA (16 characters)
        "AC", // one of the shortest
    })
    void ipaCodesAreValid(String code) {
        assertValid(Identifiers.ipaCode(code), code);
    }

    @ParameterizedTest
    @CsvSource({
        "0000000", // invoices go to the PEC address or the recipient's tax drawer
        "M5UXCR1", // codice destinatario of an e-invoicing intermediary
        "UFY9MH", // a codice univoco ufficio has 6 characters
    })
    void sdiCodesAreValid(String code) {
        assertValid(Identifiers.sdiCode(code), code);
    }

    @ParameterizedTest
    @CsvSource({
        "protocollo@pec.agid.gov.it",
        "amministrazione@pec.azienda.it",
        "Mario.Rossi@legalmail.it",
    })
    void pecAddressesAreValid(String address) {
        assertValid(Identifiers.pec(address), address);
    }

    // ------------------------------------------------------------------ normalisation

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @MethodSource
    void inputIsNormalised(IdentifierType type, String raw, String normalised) {
        assertValid(Identifiers.check(type, raw), normalised);
    }

    static Stream<Arguments> inputIsNormalised() {
        return Stream.of(
                Arguments.of(IdentifierType.SIREN, " 552 081 317 ", "552081317"),
                Arguments.of(IdentifierType.SIREN, "552.081.317", "552081317"),
                Arguments.of(IdentifierType.SIREN, "552\u00A0081\u202F317", "552081317"), // French no-break spaces
                Arguments.of(IdentifierType.SIRET, "552 081 317 66522", "55208131766522"),
                Arguments.of(IdentifierType.SIRET, "356-000-000-49837", "35600000049837"),
                Arguments.of(IdentifierType.FR_VAT, "fr 59 542 051 180", "FR59542051180"),
                Arguments.of(IdentifierType.PARTITA_IVA, "IT 01114601006", "01114601006"),
                Arguments.of(IdentifierType.PARTITA_IVA, "it01114601006", "01114601006"),
                Arguments.of(IdentifierType.CODICE_FISCALE, " rssmra 85t10 a562s", "RSSMRA85T10A562S"),
                Arguments.of(IdentifierType.CODICE_FISCALE, "971 038 805 85", "97103880585"),
                Arguments.of(IdentifierType.IPA_CODE, " c_f205 ", "c_f205"),
                Arguments.of(IdentifierType.SDI_CODE, "m5uxcr1", "M5UXCR1"),
                Arguments.of(IdentifierType.PEC, "  Mario.Rossi@PEC.Azienda.IT ", "Mario.Rossi@pec.azienda.it"));
    }

    // ------------------------------------------------------------------ refused values

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @MethodSource("invalid")
    void invalidValuesAreRefusedWithTheirProblem(IdentifierType type, String raw, String problem) {
        IdentifierCheck check = Identifiers.check(type, raw);
        assertFalse(check.valid(), check.toString());
        assertEquals("identifier." + type + "." + problem, check.problemKey());
    }

    static Stream<Arguments> invalid() {
        return INVALID.stream().map(Arguments::of);
    }

    private static final String LONG_PEC = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "."
            + "d".repeat(59) + ".it"; // 255 characters

    private static final List<Object[]> INVALID = List.of(
            row(IdentifierType.SIREN, null, "empty"),
            row(IdentifierType.SIREN, " \t ", "empty"),
            row(IdentifierType.SIREN, "55208131A", "digits"),
            row(IdentifierType.SIREN, "552 081 31", "length"),
            row(IdentifierType.SIREN, "5520813170", "length"),
            row(IdentifierType.SIREN, "552081318", "checksum"), // last digit changed
            row(IdentifierType.SIREN, "552081327", "checksum"), // 8th digit changed
            row(IdentifierType.SIREN, "000000000", "checksum"),

            row(IdentifierType.SIRET, "", "empty"),
            row(IdentifierType.SIRET, "5520813176652X", "digits"),
            row(IdentifierType.SIRET, "5520813176652", "length"),
            row(IdentifierType.SIRET, "552081317665220", "length"),
            row(IdentifierType.SIRET, "55208131766523", "checksum"),
            row(IdentifierType.SIRET, "35600000049838", "checksum"), // La Poste, digit sum 46
            row(IdentifierType.SIRET, "35600000000055", "checksum"), // La Poste: Luhn-valid, but digit sum 24
            row(IdentifierType.SIRET, "35600000000049", "checksum"), // head office, one digit changed

            row(IdentifierType.FR_VAT, "", "empty"),
            row(IdentifierType.FR_VAT, "59542051180", "format"), // no FR
            row(IdentifierType.FR_VAT, "DE59542051180", "format"),
            row(IdentifierType.FR_VAT, "FR5954205118", "format"), // 10 digits
            row(IdentifierType.FR_VAT, "FR59542051180X", "format"),
            row(IdentifierType.FR_VAT, "FR59542051181", "siren"), // SIREN not Luhn
            row(IdentifierType.FR_VAT, "FR58542051180", "key"),
            row(IdentifierType.FR_VAT, "FR40404833048", "key"), // key of another SIREN
            row(IdentifierType.FR_VAT, "FRA1542051180", "key"), // letters in the key: refused

            row(IdentifierType.PARTITA_IVA, "", "empty"),
            row(IdentifierType.PARTITA_IVA, "IT", "empty"),
            row(IdentifierType.PARTITA_IVA, "0111460100A", "digits"),
            row(IdentifierType.PARTITA_IVA, "0111460100", "length"),
            row(IdentifierType.PARTITA_IVA, "011146010066", "length"),
            row(IdentifierType.PARTITA_IVA, "00000000158", "serial"),
            row(IdentifierType.PARTITA_IVA, "01114601106", "office"), // office 110
            row(IdentifierType.PARTITA_IVA, "01114600006", "office"), // office 000
            row(IdentifierType.PARTITA_IVA, "01114601007", "checksum"),
            row(IdentifierType.PARTITA_IVA, "IT00905811007", "checksum"),

            row(IdentifierType.CODICE_FISCALE, "", "empty"),
            row(IdentifierType.CODICE_FISCALE, "RSSMRA85T10A562", "length"),
            row(IdentifierType.CODICE_FISCALE, "RSSMRA85T10A562SX", "length"),
            row(IdentifierType.CODICE_FISCALE, "9710388058", "length"),
            row(IdentifierType.CODICE_FISCALE, "RSSMRA85T10A5621", "format"), // last must be a letter
            row(IdentifierType.CODICE_FISCALE, "RSSMRA85Z10A562S", "format"), // no month Z
            row(IdentifierType.CODICE_FISCALE, "RSSMRA85T10A56AS", "format"), // A is no omocodia letter
            row(IdentifierType.CODICE_FISCALE, "RSSMRA85T10A562T", "checksum"),
            row(IdentifierType.CODICE_FISCALE, "RSSMRA85T10A56NS", "checksum"), // omocodia, old check character
            row(IdentifierType.CODICE_FISCALE, "00000000158", "serial"),
            row(IdentifierType.CODICE_FISCALE, "97103881085", "office"), // office 108
            row(IdentifierType.CODICE_FISCALE, "97103880586", "checksum"),

            row(IdentifierType.IPA_CODE, "", "empty"),
            row(IdentifierType.IPA_CODE, "c-f205", "format"),
            row(IdentifierType.IPA_CODE, "città_roma", "format"),
            row(IdentifierType.IPA_CODE, "a", "length"),
            row(IdentifierType.IPA_CODE, "a".repeat(21), "length"),

            row(IdentifierType.SDI_CODE, "", "empty"),
            row(IdentifierType.SDI_CODE, "M5UXCR-", "format"),
            row(IdentifierType.SDI_CODE, "ABC12", "length"),
            row(IdentifierType.SDI_CODE, "00000000", "length"),

            row(IdentifierType.PEC, null, "empty"),
            row(IdentifierType.PEC, "   ", "empty"),
            row(IdentifierType.PEC, LONG_PEC, "length"),
            row(IdentifierType.PEC, "mario.rossi", "format"),
            row(IdentifierType.PEC, "mario@", "format"),
            row(IdentifierType.PEC, "mario rossi@pec.it", "format"),
            row(IdentifierType.PEC, "mario@localhost", "format"),
            row(IdentifierType.PEC, "mario@@pec.it", "format"));

    private static Object[] row(IdentifierType type, String raw, String problem) {
        return new Object[] {type, raw, problem};
    }

    @Test
    void theRefusedValuesCoverEveryProblemEachCheckDeclares() {
        assertEquals(255, LONG_PEC.length());
        Set<String> covered = INVALID.stream()
                .map(row -> "identifier." + row[0] + "." + row[2])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = Arrays.stream(IdentifierType.values())
                .flatMap(type -> type.problemKeys().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, covered);
    }

    // ------------------------------------------------------------------ every single wrong digit

    /** Luhn catches every single wrong digit: so must the SIREN, SIRET and partita IVA checks. */
    @ParameterizedTest
    @CsvSource({
        "SIREN, 552081317", "SIREN, 380129866", "SIRET, 55208131766522", "SIRET, 54205118000066",
        "PARTITA_IVA, 01114601006", "PARTITA_IVA, 00159560366",
        "CODICE_FISCALE, 80007010376",
    })
    void everySingleWrongDigitIsRefused(IdentifierType type, String valid) {
        List<String> accepted = new ArrayList<>();
        for (String mutant : singleDigitMutants(valid, "0123456789")) {
            IdentifierCheck check = Identifiers.check(type, mutant);
            if (check.valid()) {
                accepted.add(mutant);
            }
        }
        assertEquals(List.of(), accepted);
    }

    @Test
    void laPosteEstablishmentsFollowTheDigitSumRule() {
        // La Poste establishments are not Luhn: a changed digit of the establishment number (the
        // last 5) is caught unless the sum moves by 5
        for (String mutant : singleDigitMutants("35600000049837", "0123456789")) {
            if (!mutant.startsWith("356000000")) {
                continue; // no longer La Poste: Luhn applies (covered above)
            }
            int difference = Math.abs(digitSum(mutant) - 45);
            assertEquals(difference % 5 == 0, Identifiers.siret(mutant).valid(), mutant);
        }
    }

    @ParameterizedTest
    @CsvSource({"RSSMRA85T10A562S", "MRTMTT25D09F205Z", "RSSMRA85T10A56NH", "MRTMTTRRDLMF2LRC"})
    void everyOtherCheckCharacterAndEverySingleChangeOfACodiceFiscaleIsRefused(String valid) {
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < valid.length(); i++) {
            for (char c : alternatives(valid, i).toCharArray()) {
                String mutant = valid.substring(0, i) + c + valid.substring(i + 1);
                IdentifierCheck check = Identifiers.codiceFiscale(mutant);
                if (check.valid() || !check.problemKey().equals("identifier.CODICE_FISCALE.checksum")) {
                    accepted.add(mutant + " " + check.problemKey());
                }
            }
        }
        assertEquals(List.of(), accepted);
    }

    /** Characters that keep the code well formed at position {@code i}, so that only the check character can object. */
    private static String alternatives(String code, int i) {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String alphabet;
        if (i == 8) {
            alphabet = "ABCDEHLMPRST"; // month
        } else if (Set.of(6, 7, 9, 10, 12, 13, 14).contains(i)) {
            alphabet = Character.isDigit(code.charAt(i)) ? "0123456789" : "LMNPQRSTUV";
        } else {
            alphabet = letters;
        }
        return alphabet.replace(String.valueOf(code.charAt(i)), "");
    }

    private static List<String> singleDigitMutants(String number, String alphabet) {
        List<String> mutants = new ArrayList<>();
        for (int i = 0; i < number.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != number.charAt(i)) {
                    mutants.add(number.substring(0, i) + c + number.substring(i + 1));
                }
            }
        }
        return mutants;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    // ------------------------------------------------------------------ API

    @Test
    void requireReturnsTheNormalisedValue() {
        assertEquals("55208131766522", Identifiers.require(IdentifierType.SIRET, "552 081 317 66522"));
        assertEquals("RSSMRA85T10A562S", Identifiers.require(IdentifierType.CODICE_FISCALE, "rssmra85t10a562s"));
    }

    @Test
    void requireThrowsTheProblemKeyWithTheNormalisedValueAndItsLength() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> Identifiers.require(IdentifierType.SIRET, "552 081 317 6652"));
        assertEquals("identifier.SIRET.length", e.messageKey());
        assertArrayEquals(new Object[] {"5520813176652", 13}, e.arguments());

        BusinessException empty = assertThrows(BusinessException.class,
                () -> Identifiers.require(IdentifierType.PEC, null));
        assertEquals("identifier.PEC.empty", empty.messageKey());
        assertArrayEquals(new Object[] {"", 0}, empty.arguments());
    }

    @ParameterizedTest
    @EnumSource(IdentifierType.class)
    void checkAndTheMethodOfEachTypeAgree(IdentifierType type) {
        Function<String, IdentifierCheck> method = switch (type) {
            case SIREN -> Identifiers::siren;
            case SIRET -> Identifiers::siret;
            case FR_VAT -> Identifiers::frVat;
            case PARTITA_IVA -> Identifiers::partitaIva;
            case CODICE_FISCALE -> Identifiers::codiceFiscale;
            case IPA_CODE -> Identifiers::ipaCode;
            case SDI_CODE -> Identifiers::sdiCode;
            case PEC -> Identifiers::pec;
        };
        for (String raw : new String[] {null, "", "552081317", "01114601006", "RSSMRA85T10A562S", "x@pec.it"}) {
            IdentifierCheck check = method.apply(raw);
            assertEquals(Identifiers.check(type, raw), check);
            assertEquals(type, check.type());
        }
    }

    @Test
    void keysFollowTheBundleConvention() {
        assertEquals("identifier.type.PARTITA_IVA", IdentifierType.PARTITA_IVA.labelKey());
        assertEquals(List.of("identifier.PEC.empty", "identifier.PEC.length", "identifier.PEC.format"),
                IdentifierType.PEC.problemKeys());
        Serializable[] arguments = Identifiers.sdiCode("abc").arguments();
        assertArrayEquals(new Serializable[] {"ABC", 3}, arguments);
    }

    private static void assertValid(IdentifierCheck check, String normalised) {
        assertTrue(check.valid(), check.toString());
        assertNull(check.problemKey());
        assertEquals(normalised, check.normalised());
    }
}
