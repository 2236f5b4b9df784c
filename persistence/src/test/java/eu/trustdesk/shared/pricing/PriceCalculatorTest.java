package eu.trustdesk.shared.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    private static final LineItem TOKEN = new LineItem("SIG-TOKEN", "Token", 3, new BigDecimal("149.00"), new BigDecimal("20"));
    private static final LineItem READER = new LineItem("READER", "Reader", 1, new BigDecimal("19.99"), new BigDecimal("20"));
    private static final LineItem BOOK = new LineItem("GUIDE", "Guide", 2, new BigDecimal("12.35"), new BigDecimal("5.5"));

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void linesThenVatPerRateThenTotals() {
        PriceSummary summary = PriceCalculator.price("EUR", List.of(TOKEN, READER, BOOK), null);
        assertEquals(eur("447.00"), summary.lines().get(0).netAmount());
        assertEquals(eur("24.70"), summary.lines().get(2).netAmount());
        assertEquals(2, summary.vatBreakdown().size());
        VatSubtotal reduced = summary.vatBreakdown().get(0);
        assertEquals(eur("5.50"), reduced.rate());
        assertEquals(eur("24.70"), reduced.taxableAmount());
        assertEquals(eur("1.36"), reduced.taxAmount(), "24.70 × 5.5 % = 1.3585, rounded once");
        VatSubtotal standard = summary.vatBreakdown().get(1);
        assertEquals(eur("466.99"), standard.taxableAmount());
        assertEquals(eur("93.40"), standard.taxAmount());
        assertEquals(eur("491.69"), summary.totalExcludingVat());
        assertEquals(eur("94.76"), summary.totalVat());
        assertEquals(eur("586.45"), summary.totalIncludingVat());
    }

    @Test
    void vatIsRoundedPerRateNotPerLine() {
        LineItem cheap = new LineItem("A", "A", 1, new BigDecimal("0.03"), new BigDecimal("20"));
        PriceSummary summary = PriceCalculator.price("EUR", List.of(cheap, cheap, cheap), null);
        // per line: 0.006 → 0.01 each, 0.03 in all; per rate: 0.09 × 20 % = 0.018 → 0.02
        assertEquals(eur("0.02"), summary.totalVat());
    }

    @Test
    void aPercentageCouponBecomesLineAllowancesOnItsProductsOnly() {
        Discount tenPercentOnTokens = new Discount(Discount.Kind.PERCENT, new BigDecimal("10"), Set.of("SIG-TOKEN"));
        PriceSummary summary = PriceCalculator.price("EUR", List.of(TOKEN, READER), tenPercentOnTokens);
        assertEquals(eur("44.70"), summary.lines().get(0).allowance());
        assertEquals(eur("402.30"), summary.lines().get(0).netAmount());
        assertEquals(eur("0.00"), summary.lines().get(1).allowance());
        assertEquals(eur("44.70"), summary.discountTotal());
        assertEquals(eur("422.29"), summary.totalExcludingVat());
    }

    @Test
    void aHundredPercentCouponMakesTheTotalZero() {
        Discount free = new Discount(Discount.Kind.PERCENT, new BigDecimal("100"), Set.of());
        PriceSummary summary = PriceCalculator.price("EUR", List.of(TOKEN, BOOK), free);
        assertTrue(summary.isZero());
        assertEquals(eur("0.00"), summary.totalVat());
    }

    @Test
    void aFixedAmountIsSharedInProportionAndAddsUpExactly() {
        Discount fifty = new Discount(Discount.Kind.AMOUNT, new BigDecimal("50"), Set.of());
        PriceSummary summary = PriceCalculator.price("EUR", List.of(TOKEN, READER, BOOK), fifty);
        BigDecimal sum = summary.lines().stream().map(PricedLine::allowance).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(eur("50.00"), sum);
        assertEquals(eur("441.69"), summary.totalExcludingVat());
    }

    @Test
    void aFixedAmountLargerThanTheLinesStopsAtZero() {
        Discount huge = new Discount(Discount.Kind.AMOUNT, new BigDecimal("1000"), Set.of("READER"));
        PriceSummary summary = PriceCalculator.price("EUR", List.of(READER, BOOK), huge);
        assertEquals(eur("0.00"), summary.lines().get(0).netAmount());
        assertEquals(eur("24.70"), summary.totalExcludingVat());
    }
}
