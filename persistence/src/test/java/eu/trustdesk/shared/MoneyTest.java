package eu.trustdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreKeptToTheCentAndRoundedHalfUp() {
        assertEquals(new BigDecimal("10.01"), Money.euros("10.005").amount());
        assertEquals(new BigDecimal("10.00"), Money.euros("10.004").amount());
        assertEquals(new BigDecimal("10.00"), Money.euros("10").amount());
    }

    @Test
    void vatIsComputedOnTheAmountAndRoundedToTheCent() {
        // 20 % of 79.00 = 15.80; 22 % of 0.05 = 0.011 -> 0.01
        assertEquals(Money.euros("15.80"), Money.euros("79.00").percent(new BigDecimal("20.00")));
        assertEquals(Money.euros("0.01"), Money.euros("0.05").percent(new BigDecimal("22")));
    }

    @Test
    void arithmeticIsExact() {
        Money total = Money.zero("EUR");
        for (int i = 0; i < 10; i++) {
            total = total.plus(Money.euros("0.10"));
        }
        assertEquals(Money.euros("1.00"), total);
        assertEquals(Money.euros("237.00"), Money.euros("79.00").times(3));
        assertTrue(Money.euros("1.00").minus(Money.euros("1.01")).isNegative());
    }

    @Test
    void differentCurrenciesDoNotMix() {
        assertThrows(IllegalArgumentException.class,
                () -> Money.euros("1").plus(Money.of(BigDecimal.ONE, "CHF")));
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertEquals(Money.euros("5"), Money.of(new BigDecimal("5.000"), "EUR"));
        assertEquals(Money.euros("5").hashCode(), Money.of(new BigDecimal("5.000"), "EUR").hashCode());
    }
}
