package eu.trustdesk.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An accountant types the amount of a bank statement the way their language writes it. */
class AmountConverterTest {

    @Test
    void frenchItalianAndEnglishWritingsGiveTheSameAmount() {
        assertEquals(new BigDecimal("1234.56"), AmountConverter.parse("1 234,56"));
        assertEquals(new BigDecimal("1234.56"), AmountConverter.parse("1\u202f234,56 €"));
        assertEquals(new BigDecimal("1234.56"), AmountConverter.parse("1.234,56"));
        assertEquals(new BigDecimal("1234.56"), AmountConverter.parse("€1,234.56"));
        assertEquals(new BigDecimal("78.75"), AmountConverter.parse("78.75"));
        assertEquals(new BigDecimal("78.5"), AmountConverter.parse("78,5"));
        assertEquals(new BigDecimal("1500"), AmountConverter.parse("1.500"), "three digits after a dot group thousands");
        assertEquals(new BigDecimal("85"), AmountConverter.parse("85"));
    }

    @Test
    void textThatIsNotAnAmountIsRefused() {
        assertNull(AmountConverter.parse("quatre-vingts"));
        assertNull(AmountConverter.parse("12,3,4x"));
    }
}
