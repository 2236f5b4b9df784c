package eu.trustdesk.voucher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.voucher.entity.VoucherCode;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoucherCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aCodeIs24RandomSymbolsOf5BitsAndACheckSymbol() {
        String code = VoucherCode.generate(random);
        assertEquals(25, code.length());
        assertTrue(code.chars().allMatch(c -> VoucherCode.ALPHABET.indexOf(c) >= 0), code);
        assertTrue(VoucherCode.RANDOM_SYMBOLS * 5 >= 100, "at least 100 random bits");
        assertTrue(VoucherCode.checks(code));
    }

    @Test
    void codesAreShownInGroupsOfFiveAndReadBackWhateverTheCaseAndSeparators() {
        String code = VoucherCode.generate(random);
        String grouped = VoucherCode.grouped(code);
        assertEquals(29, grouped.length());
        assertTrue(grouped.matches("([0-9A-Z]{5}-){4}[0-9A-Z]{5}"), grouped);
        assertEquals(code, VoucherCode.normalize(grouped).orElseThrow());
        assertEquals(code, VoucherCode.normalize(" " + grouped.toLowerCase(Locale.ROOT).replace('-', ' ') + " ").orElseThrow());
    }

    @Test
    void lettersThatLookLikeDigitsAreReadAsTheDigits() {
        assertEquals(VoucherCode.normalize("0000011111000001111100000").orElseThrow(),
                VoucherCode.normalize("OoOoOiIlLl00000IIIII00000").orElseThrow());
    }

    @Test
    void whatCannotBeACodeIsNotOne() {
        assertTrue(VoucherCode.normalize("ABC").isEmpty());
        assertTrue(VoucherCode.normalize(null).isEmpty());
        assertTrue(VoucherCode.normalize("UUUUU-UUUUU-UUUUU-UUUUU-UUUUU").isEmpty(), "U is not in the alphabet");
        assertTrue(VoucherCode.normalize("x".repeat(100)).isEmpty());
    }

    @Test
    void everySingleWrongSymbolIsToldAsATypo() {
        for (int n = 0; n < 50; n++) {
            String code = VoucherCode.generate(random);
            for (int i = 0; i < code.length(); i++) {
                for (char c : VoucherCode.ALPHABET.toCharArray()) {
                    if (c != code.charAt(i)) {
                        String typo = code.substring(0, i) + c + code.substring(i + 1);
                        assertFalse(VoucherCode.checks(typo), typo);
                    }
                }
            }
        }
    }

    @Test
    void almostEverySwapOfNeighboursIsToldAsATypo() {
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 2000; n++) {
            String code = VoucherCode.generate(random);
            for (int i = 0; i < code.length() - 1; i++) {
                if (code.charAt(i) != code.charAt(i + 1)) {
                    swaps++;
                    String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                    if (!VoucherCode.checks(swapped)) {
                        caught++;
                    }
                }
            }
        }
        assertTrue(caught >= swaps * 0.99, caught + " of " + swaps);
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(codes.add(VoucherCode.generate(random)));
        }
    }
}
