package eu.trustdesk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.catalog.entity.ProductKind;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static Product certificate() {
        return new Product("SIG-TEST", ProductKind.SIGNATURE_CERTIFICATE, false, new BigDecimal("20.00"), "EUR", 1)
                .describe(Language.FR, "Certificat", "Description")
                .describe(Language.EN, "Certificate", "Description");
    }

    @Test
    void isPricedPerValidityTermAndShowsItsLowestPrice() {
        Product product = certificate().offer(3, new BigDecimal("189")).offer(1, new BigDecimal("79"));
        assertEquals(List.of(1, 3), List.copyOf(product.prices().keySet()), "shortest term first");
        assertEquals(Money.euros("79.00"), product.fromPrice());
    }

    @Test
    void refusesTermsOutOfRangeNegativePricesAndMixingOneOffWithTerms() {
        assertThrows(IllegalArgumentException.class, () -> certificate().offer(4, BigDecimal.TEN));
        assertThrows(IllegalArgumentException.class, () -> certificate().offer(1, new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class,
                () -> certificate().offer(1, BigDecimal.TEN).offer(Product.ONE_OFF, BigDecimal.TEN));
    }

    @Test
    void fallsBackToEnglishWhenALanguageIsMissing() {
        assertEquals("Certificat", certificate().name(Language.FR));
        assertEquals("Certificate", certificate().name(Language.IT));
    }
}
