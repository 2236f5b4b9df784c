package eu.trustdesk.ordering;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.ordering.entity.Coupon;
import eu.trustdesk.ordering.entity.CouponState;
import eu.trustdesk.ordering.entity.CouponUse;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.pricing.Discount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CouponTest {

    private static final LocalDate FROM = LocalDate.parse("2026-01-01");
    private static final LocalDate UNTIL = LocalDate.parse("2026-12-31");
    /** Midday in Paris, well inside the window. */
    private static final Instant DURING = Instant.parse("2026-06-15T10:00:00Z");
    private static final Instant CREATED = Instant.parse("2025-12-20T09:00:00Z");
    private static final String ADMIN = "admin@trustdesk.eu";
    private static final Set<String> CART = Set.of("SIG-SOFT", "HW-READER");

    private static Coupon percent(String value, Integer limit, Integer perCustomer, String... skus) {
        return new Coupon("welcome10", Discount.Kind.PERCENT, new BigDecimal(value), FROM, UNTIL, Set.of(skus), limit,
                perCustomer, ADMIN, CREATED);
    }

    private static Coupon amount(String value, String... skus) {
        return new Coupon("TOKEN50", Discount.Kind.AMOUNT, new BigDecimal(value), FROM, UNTIL, Set.of(skus), null, null,
                ADMIN, CREATED);
    }

    private static BusinessException refused(String key, Executable executable) {
        BusinessException e = assertThrows(BusinessException.class, executable);
        assertEquals(key, e.messageKey());
        return e;
    }

    @Test
    void theCodeIsStoredInUpperCaseAndTypedInAnyCase() {
        Coupon coupon = percent("10", null, null);
        assertEquals("WELCOME10", coupon.code());
        assertEquals("WELCOME10", Coupon.normalizeCode("  Welcome10 "));
        assertTrue(Coupon.isWellFormed(" welcome10"));
        assertEquals("", Coupon.normalizeCode(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AB", "WITH SPACE", "ÉTÉ2026", "UNDER_SCORE", "A234567890123456789012345678901"})
    void aMalformedCodeIsRefused(String code) {
        assertFalse(Coupon.isWellFormed(code));
        refused("error.coupon.code", () -> new Coupon(code, Discount.Kind.PERCENT, BigDecimal.TEN, FROM, UNTIL, Set.of(),
                null, null, ADMIN, CREATED));
    }

    @Test
    void thirtyCharactersWithDashesAreAValidCode() {
        String code = "A23456789-123456789-123456789-".substring(0, 30);
        assertEquals(code, new Coupon(code, Discount.Kind.AMOUNT, BigDecimal.ONE, FROM, UNTIL, Set.of(), null, null,
                ADMIN, CREATED).code());
    }

    @Test
    void aPercentageIsAboveZeroAndAtMostAHundred() {
        refused("error.coupon.percent", () -> percent("0", null, null));
        refused("error.coupon.percent", () -> percent("-5", null, null));
        refused("error.coupon.percent", () -> percent("100.01", null, null));
        assertEquals(new BigDecimal("100.00"), percent("100", null, null).value());
        assertEquals(new BigDecimal("0.50"), percent("0.5", null, null).value());
        refused("error.coupon.decimals", () -> percent("12.345", null, null));
    }

    @Test
    void anAmountIsAboveZero() {
        refused("error.coupon.amount", () -> amount("0"));
        refused("error.coupon.amount", () -> amount("-1"));
        assertEquals(new BigDecimal("500.00"), amount("500").value(), "an amount may exceed 100");
        refused("error.coupon.decimals", () -> amount("9.999"));
    }

    @Test
    void theWindowEndsOnOrAfterItsStart() {
        refused("error.coupon.window", () -> new Coupon("SUMMER", Discount.Kind.PERCENT, BigDecimal.TEN, UNTIL, FROM,
                Set.of(), null, null, ADMIN, CREATED));
        refused("error.coupon.window", () -> new Coupon("SUMMER", Discount.Kind.PERCENT, BigDecimal.TEN, FROM, null,
                Set.of(), null, null, ADMIN, CREATED));
        assertDoesNotThrow(() -> new Coupon("ONEDAY", Discount.Kind.PERCENT, BigDecimal.TEN, FROM, FROM, Set.of(), null,
                null, ADMIN, CREATED));
    }

    @Test
    void limitsAreAtLeastOneOrUnlimited() {
        refused("error.coupon.limit", () -> percent("10", 0, null));
        refused("error.coupon.limit", () -> percent("10", null, 0));
        Coupon unlimited = percent("10", null, null);
        assertNull(unlimited.usageLimit());
        assertNull(unlimited.remainingUses());
    }

    @Test
    void skusAreNormalisedAndChecked() {
        assertEquals(Set.of("SIG-TOKEN"), amount("50", " sig-token ").skus());
        refused("error.coupon.sku", () -> amount("50", "SIG TOKEN"));
    }

    @Test
    void theWindowIsInclusiveAndReadInParis() {
        Coupon coupon = percent("10", null, null);
        // 31 Dec 2025 at 23:30 UTC is already 1 January 2026 in Paris
        assertDoesNotThrow(() -> coupon.checkUsable(Instant.parse("2025-12-31T23:30:00Z"), CART, 0));
        refused("error.coupon.notYetValid", () -> coupon.checkUsable(Instant.parse("2025-12-31T22:30:00Z"), CART, 0));
        // 31 Dec 2026 at 22:30 UTC is the last half hour of the window in Paris
        assertDoesNotThrow(() -> coupon.checkUsable(Instant.parse("2026-12-31T22:30:00Z"), CART, 0));
        refused("error.coupon.expired", () -> coupon.checkUsable(Instant.parse("2026-12-31T23:30:00Z"), CART, 0));
        assertEquals(CouponState.NOT_YET_VALID, coupon.state(Instant.parse("2025-12-01T12:00:00Z")));
        assertEquals(CouponState.ACTIVE, coupon.state(DURING));
        assertEquals(CouponState.EXPIRED, coupon.state(Instant.parse("2027-01-02T12:00:00Z")));
    }

    @Test
    void aDisabledCouponIsRefusedWhateverElseHolds() {
        Coupon coupon = percent("10", null, null);
        coupon.disable(ADMIN, DURING);
        BusinessException e = refused("error.coupon.disabled", () -> coupon.checkUsable(DURING, CART, 0));
        assertEquals("WELCOME10", e.arguments()[0]);
        refused("error.coupon.disabled", () -> coupon.redeem("anna@example.fr", "TD-1", DURING, CART, 0));
        assertEquals(0, coupon.usedCount());
        assertEquals(CouponState.DISABLED, coupon.state(DURING));
        assertEquals(ADMIN, coupon.disabledBy());
        coupon.disable("other@trustdesk.eu", DURING.plusSeconds(60));
        assertEquals(ADMIN, coupon.disabledBy(), "disabling again changes nothing");
        assertEquals(DURING, coupon.disabledAt());
    }

    @Test
    void theGlobalLimitCountsEveryCustomer() {
        Coupon coupon = percent("100", 2, null);
        coupon.redeem("a@example.fr", "TD-1", DURING, CART, 0);
        assertEquals(1, coupon.remainingUses());
        coupon.redeem("b@example.fr", "TD-2", DURING, CART, 0);
        assertEquals(2, coupon.usedCount());
        assertEquals(0, coupon.remainingUses());
        assertEquals(CouponState.EXHAUSTED, coupon.state(DURING));
        refused("error.coupon.exhausted", () -> coupon.redeem("c@example.fr", "TD-3", DURING, CART, 0));
        assertEquals(2, coupon.usedCount(), "a refused use is not counted");
    }

    @Test
    void thePerCustomerLimitCountsThatCustomersUses() {
        Coupon coupon = percent("10", null, 1);
        assertDoesNotThrow(() -> coupon.checkUsable(DURING, CART, 0));
        refused("error.coupon.perCustomerExhausted", () -> coupon.checkUsable(DURING, CART, 1));
        refused("error.coupon.perCustomerExhausted", () -> coupon.redeem("a@example.fr", "TD-1", DURING, CART, 1));
        assertEquals(0, coupon.usedCount());
    }

    @Test
    void aCouponForSomeProductsNeedsOneOfThemInTheCart() {
        Coupon token = amount("50", "SIG-TOKEN");
        refused("error.coupon.notApplicable", () -> token.checkUsable(DURING, CART, 0));
        refused("error.coupon.notApplicable", () -> token.checkUsable(DURING, Set.of(), 0));
        assertDoesNotThrow(() -> token.checkUsable(DURING, Set.of("SIG-TOKEN", "HW-READER"), 0));
        assertTrue(token.appliesTo("SIG-TOKEN"));
        assertFalse(token.appliesTo("SIG-SOFT"));

        Coupon everything = percent("10", null, null);
        assertTrue(everything.appliesToAnyOf(Set.of("ANYTHING")));
        refused("error.coupon.notApplicable", () -> everything.checkUsable(DURING, Set.of(), 0));
    }

    @Test
    void theChecksComeInTheOrderTheCustomerCanActOn() {
        // expired and exhausted: the customer is told it expired, not that others used it up
        Coupon coupon = percent("10", 1, 1, "SIG-TOKEN");
        coupon.redeem("a@example.fr", "TD-1", DURING, Set.of("SIG-TOKEN"), 0);
        refused("error.coupon.expired", () -> coupon.checkUsable(Instant.parse("2027-03-01T12:00:00Z"), CART, 1));
        refused("error.coupon.exhausted", () -> coupon.checkUsable(DURING, CART, 1));
    }

    @Test
    void aUseRecordsTheCustomerAndTheOrder() {
        Coupon coupon = percent("10", 5, 2);
        CouponUse use = coupon.redeem(" Anna@Example.FR ", "TD-2026-000123", DURING, CART, 0);
        assertEquals("anna@example.fr", use.customerEmail());
        assertEquals("TD-2026-000123", use.orderNumber());
        assertEquals(DURING, use.usedAt());
        assertEquals(coupon, use.coupon());
        assertEquals(1, coupon.usedCount());
        assertThrows(IllegalArgumentException.class, () -> coupon.redeem("anna@example.fr", " ", DURING, CART, 1));
    }

    @Test
    void itProducesTheDiscountOfThePriceCalculation() {
        Discount percent = percent("10", null, null).discount();
        assertEquals(Discount.Kind.PERCENT, percent.kind());
        assertEquals(new BigDecimal("10.00"), percent.value());
        assertTrue(percent.skus().isEmpty());
        Discount token = amount("50", "SIG-TOKEN").discount();
        assertEquals(new Discount(Discount.Kind.AMOUNT, new BigDecimal("50.00"), Set.of("SIG-TOKEN")), token);
    }
}
