package eu.trustdesk.voucher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.voucher.entity.Voucher;
import eu.trustdesk.voucher.entity.VoucherCode;
import eu.trustdesk.voucher.entity.VoucherOrder;
import eu.trustdesk.voucher.entity.VoucherPartner;
import eu.trustdesk.voucher.entity.VoucherState;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The voucher's states and the order's cancellation rules, as the seed states them. */
class VoucherStateTest {

    private static final Instant ORDERED = Instant.parse("2026-03-10T09:00:00Z");
    private final Account partner = new Account("partner@example.test", "Paul", "Martin", Language.FR, "x", ORDERED);
    private final Account customer = new Account("anna@example.test", "Anna", "Bianchi", Language.IT, "x", ORDERED);
    private final Organisation organisation = new Organisation(partner, "Martin SAS", HolderType.COMPANY, Country.FR,
            LegalIdentity.of(HolderType.COMPANY, Country.FR, "44306184100047", null, null, null, null, null), ORDERED);

    @Test
    void aVoucherExpiresOneYearAfterItsOrder() {
        VoucherOrder order = order(2);
        assertEquals(Instant.parse("2027-03-10T09:00:00Z"), order.expiresAt());
        Voucher voucher = voucher(order);
        assertFalse(voucher.expire(Instant.parse("2027-03-10T08:59:59Z")), "not yet due");
        assertEquals(VoucherState.VALID_UNUSED, voucher.state());
        assertTrue(voucher.expire(Instant.parse("2027-03-10T09:00:00Z")));
        assertEquals(VoucherState.EXPIRED, voucher.state());
        assertFalse(voucher.expire(Instant.parse("2027-03-11T09:00:00Z")), "never twice");
    }

    @Test
    void aVoucherIsUsedOnceAndUsedOrCancelledOnesDoNotExpire() {
        Voucher voucher = voucher(order(1));
        voucher.redeem(customer, ORDERED.plus(Duration.ofDays(3)));
        assertEquals(VoucherState.VALID_USED, voucher.state());
        assertEquals("error.voucher.used",
                assertThrows(BusinessException.class, () -> voucher.redeem(customer, ORDERED.plusSeconds(5)))
                        .messageKey());
        assertFalse(voucher.expire(ORDERED.plus(Duration.ofDays(400))));
        assertEquals(VoucherState.VALID_USED, voucher.state());
    }

    @Test
    void aDueVoucherIsRefusedAsExpiredEvenBeforeTheNightlyJob() {
        Voucher voucher = voucher(order(1));
        assertEquals("error.voucher.expired", assertThrows(BusinessException.class,
                () -> voucher.redeem(customer, ORDERED.plus(Duration.ofDays(366)))).messageKey());
    }

    @Test
    void aRequestCancelledWithin30DaysGivesTheVoucherBackAfterwardsItStaysUsed() {
        Voucher voucher = voucher(order(1));
        Instant redeemed = ORDERED.plus(Duration.ofDays(1));
        voucher.redeem(customer, redeemed);
        voucher.requestCreated(77L);
        assertTrue(voucher.requestCancelled(redeemed.plus(Duration.ofDays(30))));
        assertEquals(VoucherState.VALID_UNUSED, voucher.state());
        assertNull(voucher.activationRequestId());

        voucher.redeem(customer, redeemed.plus(Duration.ofDays(31)));
        assertFalse(voucher.requestCancelled(redeemed.plus(Duration.ofDays(62))));
        assertEquals(VoucherState.VALID_USED, voucher.state());
    }

    @Test
    void aWholeOrderIsCancelledWithin30DaysWhileNoVoucherIsUsedOrExpired() {
        VoucherOrder order = order(3);
        List<Voucher> vouchers = vouchers(order, 3);
        order.cancel(vouchers, ORDERED.plus(Duration.ofDays(30)));
        assertTrue(order.isCancelled());
        assertTrue(vouchers.stream().allMatch(v -> v.state() == VoucherState.CANCELLED));
        assertEquals("error.voucher.cancelled", assertThrows(BusinessException.class,
                () -> vouchers.get(0).redeem(customer, ORDERED.plus(Duration.ofDays(31)))).messageKey());
        assertEquals("error.voucher.cancel.already", assertThrows(BusinessException.class,
                () -> order.cancel(vouchers, ORDERED.plus(Duration.ofDays(31)))).messageKey());
    }

    @Test
    void cancellationNamesTheConditionThatFails() {
        VoucherOrder late = order(1);
        assertEquals("error.voucher.cancel.tooLate", assertThrows(BusinessException.class,
                () -> late.cancel(vouchers(late, 1), ORDERED.plus(Duration.ofDays(31)))).messageKey());

        VoucherOrder used = order(2);
        List<Voucher> usedVouchers = vouchers(used, 2);
        usedVouchers.get(1).redeem(customer, ORDERED.plus(Duration.ofDays(2)));
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> used.cancel(usedVouchers, ORDERED.plus(Duration.ofDays(3))));
        assertEquals("error.voucher.cancel.used", refusal.messageKey());
        assertEquals(1L, refusal.arguments()[0]);
        assertEquals(VoucherState.VALID_UNUSED, usedVouchers.get(0).state(), "nothing cancelled");
        assertFalse(used.isCancelled());
    }

    @Test
    void vouchersOfAnOrderPaidByTransferAwaitThePaymentBeforeTheyCanBeRedeemed() {
        VoucherOrder order = new VoucherOrder("V2026-000002", 1L, organisation, "Società Cooperativa Àrea Nord", null,
                PaymentMode.BANK_TRANSFER, prices(2), List.of(1), ORDERED);
        setId(order, 2L);
        assertTrue(order.awaitingPayment());
        assertEquals(new BigDecimal("151.68"), order.amountRemaining());
        Voucher voucher = voucher(order);
        assertEquals(VoucherState.AWAITING_PAYMENT, voucher.state());
        assertEquals("error.voucher.awaitingPayment", assertThrows(BusinessException.class,
                () -> voucher.redeem(customer, ORDERED.plusSeconds(60))).messageKey());
        assertFalse(voucher.expire(ORDERED.plus(Duration.ofDays(400))), "the expiry job leaves it to the payment");

        Instant paidAt = ORDERED.plus(Duration.ofDays(5));
        assertFalse(order.recordPayment(new BigDecimal("100.00"), java.time.LocalDate.of(2026, 3, 14), "VIR 1/2",
                "compta@trustdesk.eu", paidAt), "a short payment leaves the vouchers waiting");
        assertTrue(order.awaitingPayment());
        assertEquals(new BigDecimal("51.68"), order.amountRemaining());
        assertEquals("error.payment.overpayment", assertThrows(BusinessException.class,
                () -> order.recordPayment(new BigDecimal("60.00"), java.time.LocalDate.of(2026, 3, 14), "VIR 2/2",
                        "compta@trustdesk.eu", paidAt)).messageKey());
        assertTrue(order.recordPayment(new BigDecimal("51.68"), java.time.LocalDate.of(2026, 3, 15), "VIR 2/2",
                "compta@trustdesk.eu", paidAt));
        assertFalse(order.awaitingPayment());
        assertEquals("error.voucher.order.notAwaitingPayment", assertThrows(BusinessException.class,
                () -> order.recordPayment(BigDecimal.ONE, java.time.LocalDate.of(2026, 3, 15), "VIR 3",
                        "compta@trustdesk.eu", paidAt)).messageKey());

        assertTrue(voucher.paymentArrived());
        assertFalse(voucher.paymentArrived(), "once");
        voucher.redeem(customer, paidAt);
        assertEquals(VoucherState.VALID_USED, voucher.state());
    }

    @Test
    void anOrderPaidFromThePrepaidAccountHasNothingToAwait() {
        VoucherOrder order = order(1);
        assertFalse(order.awaitingPayment());
        assertEquals(VoucherState.VALID_UNUSED, voucher(order).state());
        assertEquals("error.voucher.order.notAwaitingPayment", assertThrows(BusinessException.class,
                () -> order.recordPayment(BigDecimal.ONE, java.time.LocalDate.of(2026, 3, 10), "VIR",
                        "compta@trustdesk.eu", ORDERED)).messageKey());
    }

    @Test
    void anUnpaidTransferOrderCanBeCancelledWithItsAwaitingVouchers() {
        VoucherOrder order = new VoucherOrder("V2026-000003", 1L, organisation, "Łukasz Ștefan", null,
                PaymentMode.BANK_TRANSFER, prices(2), List.of(1), ORDERED);
        setId(order, 3L);
        List<Voucher> vouchers = vouchers(order, 2);
        order.cancel(vouchers, ORDERED.plus(Duration.ofDays(2)));
        assertTrue(vouchers.stream().allMatch(v -> v.state() == VoucherState.CANCELLED));
        assertFalse(order.awaitingPayment(), "nothing is waited for any more");
    }

    @Test
    void everyFailingConditionIsListedBeforeTryingAndNoneForACancellableOrder() {
        VoucherOrder order = order(3);
        List<Voucher> vouchers = vouchers(order, 3);
        assertEquals(List.of(), order.cancellationRefusals(vouchers, ORDERED.plus(Duration.ofDays(2))), "eligible");
        assertEquals(ORDERED.plus(Duration.ofDays(30)), order.cancellableUntil());

        vouchers.get(0).redeem(customer, ORDERED.plus(Duration.ofDays(2)));
        vouchers.get(2).redeem(customer, ORDERED.plus(Duration.ofDays(5)));
        List<eu.trustdesk.shared.Refusal> refusals = order.cancellationRefusals(vouchers, ORDERED.plus(Duration.ofDays(40)));
        assertEquals(List.of("error.voucher.cancel.tooLate", "error.voucher.cancel.used"),
                refusals.stream().map(eu.trustdesk.shared.Refusal::messageKey).toList(), "both, not only the first");
        assertEquals(List.of(2L), refusals.get(1).arguments(), "how many vouchers are used");
        assertEquals(List.of(ORDERED.plus(Duration.ofDays(30)).toString()), refusals.get(0).arguments(), "the last day");
        assertEquals("error.voucher.cancel.tooLate", assertThrows(BusinessException.class,
                () -> order.cancel(vouchers, ORDERED.plus(Duration.ofDays(40)))).messageKey(), "cancel names the first");
    }

    @Test
    void anOrderNeedsACustomerNameAndQuantitiesUpTo1000() {
        assertEquals("error.voucher.order.customerName", assertThrows(BusinessException.class,
                () -> new VoucherOrder("V1", 1L, organisation, " ", null, PaymentMode.PREPAID_ACCOUNT, prices(1),
                        List.of(1), ORDERED)).messageKey());
        assertEquals("error.voucher.order.quantity", assertThrows(BusinessException.class,
                () -> new VoucherOrder("V1", 1L, organisation, "Client", null, PaymentMode.PREPAID_ACCOUNT, prices(1001),
                        List.of(1), ORDERED)).messageKey());
        assertEquals("error.voucher.order.paymentMode", assertThrows(BusinessException.class,
                () -> new VoucherOrder("V1", 1L, organisation, "Client", null, PaymentMode.CHEQUE, prices(1),
                        List.of(1), ORDERED)).messageKey());
    }

    @Test
    void thePartnerPriceListTakesTheDiscountOffTheCataloguePrice() {
        VoucherPartner settings = new VoucherPartner(partner, "admin", ORDERED);
        settings.configure(true, organisation, new BigDecimal("20"), "admin", ORDERED);
        assertEquals(new BigDecimal("63.20"), settings.priceOf(new BigDecimal("79.00")));
        assertEquals("error.voucher.partner.organisationRequired", assertThrows(BusinessException.class,
                () -> settings.configure(true, null, BigDecimal.ONE, "admin", ORDERED)).messageKey());
        assertEquals("error.voucher.partner.discount", assertThrows(BusinessException.class,
                () -> settings.configure(true, organisation, new BigDecimal("100"), "admin", ORDERED)).messageKey());
    }

    private VoucherOrder order(int quantity) {
        VoucherOrder order = new VoucherOrder("V2026-000001", 1L, organisation, "Client SA", "INV-12",
                PaymentMode.PREPAID_ACCOUNT, prices(quantity), List.of(1), ORDERED);
        setId(order, 1L);
        return order;
    }

    private static eu.trustdesk.shared.pricing.PriceSummary prices(int quantity) {
        return PriceCalculator.price("EUR", List.of(new LineItem("SIG-SOFT", "Signature", quantity,
                new BigDecimal("63.20"), new BigDecimal("20"))), null);
    }

    private Voucher voucher(VoucherOrder order) {
        return new Voucher(VoucherCode.generate(new SecureRandom()), order, order.lines().get(0));
    }

    private List<Voucher> vouchers(VoucherOrder order, int count) {
        List<Voucher> vouchers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            vouchers.add(voucher(order));
        }
        return vouchers;
    }

    private static void setId(VoucherOrder order, long id) {
        try {
            Field field = VoucherOrder.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(order, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
