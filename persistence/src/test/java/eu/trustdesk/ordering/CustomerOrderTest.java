package eu.trustdesk.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.ordering.entity.Applicant;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.ordering.entity.CustomerOrder.LineFacts;
import eu.trustdesk.ordering.entity.OrderStatus;
import eu.trustdesk.ordering.entity.Payer;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.Discount;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.shared.pricing.PriceSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LineItem TOKEN = new LineItem("SIG-TOKEN", "Token", 1, new BigDecimal("149.00"), new BigDecimal("20"));

    private static CustomerOrder order(PaymentMode mode, Discount discount) {
        Account buyer = new Account("buyer@example.test", "Jean", "Dupont", Language.FR, "hash", NOW);
        LegalIdentity identity = LegalIdentity.of(HolderType.COMPANY, Country.FR, "81234567600017", null, null, null, null, null);
        Organisation organisation = new Organisation(buyer, "Dupont Conseil", HolderType.COMPANY, Country.FR, identity, NOW);
        PriceSummary prices = PriceCalculator.price("EUR", List.of(TOKEN), discount);
        return new CustomerOrder(buyer, organisation, Applicant.of("Chiara", "Rossi", "chiara@example.test", "+39 06 1234", null),
                false, new Payer("Dupont Conseil", HolderType.COMPANY, Country.FR, identity, null, null, false, false),
                prices, List.of(new LineFacts(1, true, true)), null, mode, "2026-03", "127.0.0.1", NOW);
    }

    private static String refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).messageKey();
    }

    @Test
    void anOrderPaidLaterWaitsForItsPaymentAndIsAcceptedWhenItArrives() {
        CustomerOrder order = order(PaymentMode.BANK_TRANSFER, null);
        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status());
        assertEquals(new BigDecimal("178.80"), order.amountRemaining());
        assertTrue(order.recordPayment(new BigDecimal("178.80"), LocalDate.of(2026, 11, 24), "VIR SEPA 2026-11-24 DUPONT",
                "accountant@example.test", NOW.plusSeconds(86_400)));
        assertEquals(OrderStatus.ACCEPTED, order.status());
        assertNotNull(order.acceptedAt());
        assertEquals(LocalDate.of(2026, 11, 24), order.paidOn());
        assertEquals(new BigDecimal("0.00"), order.amountRemaining());
        assertEquals("error.order.notAwaitingPayment", refusal(() -> order.recordPayment(new BigDecimal("1.00"),
                LocalDate.of(2026, 11, 24), "again", "a", NOW.plusSeconds(86_400))));
        assertTrue(order.history().stream().anyMatch(e -> e.type().equals("paymentReceived")
                && e.detail().equals("VIR SEPA 2026-11-24 DUPONT")));
    }

    @Test
    void aShortPaymentLeavesTheOrderWaitingForTheRestWhichCompletesIt() {
        CustomerOrder order = order(PaymentMode.BANK_TRANSFER, null);
        Instant later = NOW.plusSeconds(2 * 86_400);
        assertFalse(order.recordPayment(new BigDecimal("100.05"), LocalDate.of(2026, 11, 24), "VIR 1/2 HÉLÈNE LEFÈVRE",
                "accountant@example.test", later));
        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status(), "still waiting for the rest");
        assertEquals(new BigDecimal("100.05"), order.amountPaid());
        assertEquals(new BigDecimal("78.75"), order.amountRemaining());
        assertNull(order.acceptedAt());

        BusinessException over = assertThrows(BusinessException.class, () -> order.recordPayment(new BigDecimal("78.76"),
                LocalDate.of(2026, 11, 25), "VIR 2/2", "accountant@example.test", later));
        assertEquals("error.payment.overpayment", over.messageKey());
        assertEquals(new BigDecimal("78.75"), over.arguments()[1], "the refusal says what is still due");
        assertEquals(1, order.payments().size(), "a refused payment is not kept");

        assertTrue(order.recordPayment(new BigDecimal("78.75"), LocalDate.of(2026, 11, 25), "VIR 2/2",
                "accountant@example.test", later));
        assertEquals(OrderStatus.ACCEPTED, order.status());
        assertEquals(new BigDecimal("178.80"), order.amountPaid());
        assertEquals(LocalDate.of(2026, 11, 25), order.paidOn(), "paid on the day the last part arrived");
    }

    @Test
    void aPaymentNeedsAnAmountInCentsADayBetweenTheOrderAndTodayAndABankReference() {
        CustomerOrder order = order(PaymentMode.CHEQUE, null);
        Instant later = NOW.plusSeconds(86_400);
        LocalDate day = LocalDate.of(2026, 11, 24);
        assertEquals("error.payment.amount", refusal(() -> order.recordPayment(null, day, "CHQ 1", "a", later)));
        assertEquals("error.payment.amount", refusal(() -> order.recordPayment(new BigDecimal("-5.00"), day, "CHQ 1", "a", later)));
        assertEquals("error.payment.amount", refusal(() -> order.recordPayment(new BigDecimal("10.001"), day, "CHQ 1", "a", later)));
        assertEquals("error.payment.date", refusal(() -> order.recordPayment(BigDecimal.TEN, null, "CHQ 1", "a", later)));
        assertEquals("error.payment.date", refusal(() -> order.recordPayment(BigDecimal.TEN, day.plusDays(1), "CHQ 1",
                "a", later)), "not in the future");
        assertEquals("error.payment.date", refusal(() -> order.recordPayment(BigDecimal.TEN, LocalDate.of(2026, 11, 22),
                "CHQ 1", "a", later)), "not before the order");
        assertEquals("error.payment.reference", refusal(() -> order.recordPayment(BigDecimal.TEN, day, " ", "a", later)));
        assertEquals("error.payment.reference", refusal(() -> order.recordPayment(BigDecimal.TEN, day, "x".repeat(101),
                "a", later)));
        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status());
        assertTrue(order.payments().isEmpty());
    }

    @Test
    void anOrderAcceptedAtOnceHasNothingToPayByTransfer() {
        CustomerOrder prepaid = order(PaymentMode.PREPAID_ACCOUNT, null);
        assertEquals(new BigDecimal("0.00"), prepaid.amountRemaining());
        assertEquals("error.order.notAwaitingPayment", refusal(() -> prepaid.recordPayment(new BigDecimal("178.80"),
                LocalDate.of(2026, 11, 23), "VIR", "a", NOW)));
    }

    @Test
    void prepaidContractAndMandateOrdersAreAcceptedAtOnce() {
        for (PaymentMode mode : List.of(PaymentMode.PREPAID_ACCOUNT, PaymentMode.CLIENT_CONTRACT,
                PaymentMode.ADMINISTRATIVE_MANDATE)) {
            assertEquals(OrderStatus.ACCEPTED, order(mode, null).status(), mode.name());
        }
    }

    @Test
    void aFreeOrderNeedsNoPaymentAndAPaidOneNeedsOne() {
        Discount free = new Discount(Discount.Kind.PERCENT, new BigDecimal("100"), Set.of());
        CustomerOrder order = order(PaymentMode.NONE, free);
        assertEquals(OrderStatus.ACCEPTED, order.status());
        assertEquals(0, order.totalIncludingVat().signum());
        assertEquals("error.payment.nothingToPay", refusal(() -> order(PaymentMode.BANK_TRANSFER, free)));
        assertEquals("error.payment.modeRequired", refusal(() -> order(PaymentMode.NONE, null)));
        assertEquals("error.payment.cardUnavailable", refusal(() -> order(PaymentMode.CARD, null)));
    }

    @Test
    void onlyAnUnpaidOrderIsCancelledAndOnlyWithAReason() {
        CustomerOrder unpaid = order(PaymentMode.CHEQUE, null);
        assertEquals("error.order.reasonRequired", refusal(() -> unpaid.cancel("a", " ", NOW)));
        unpaid.cancel("accountant@example.test", "No cheque received", NOW);
        assertEquals(OrderStatus.CANCELLED, unpaid.status());
        CustomerOrder paid = order(PaymentMode.PREPAID_ACCOUNT, null);
        assertEquals("error.order.notCancellable", refusal(() -> paid.cancel("a", "why", NOW)));
    }

    @Test
    void theFiguresAreThoseOfThePriceCalculation() {
        CustomerOrder order = order(PaymentMode.BANK_TRANSFER, null);
        assertEquals(new BigDecimal("149.00"), order.totalExcludingVat());
        assertEquals(new BigDecimal("29.80"), order.totalVat());
        assertEquals(new BigDecimal("178.80"), order.totalIncludingVat());
        assertEquals(1, order.vatBreakdown().size());
        assertTrue(order.lines().get(0).needsActivation() && order.lines().get(0).shipped());
    }

    @Test
    void anOrderKeepsItsNumber() {
        CustomerOrder order = order(PaymentMode.BANK_TRANSFER, null);
        order.assignNumber("CMD-2026-000001");
        assertThrows(IllegalStateException.class, () -> order.assignNumber("CMD-2026-000002"));
    }

    @Test
    void publicReferencesLongerThanAnInvoiceCarriesAreRefused() {
        CustomerOrder order = order(PaymentMode.ADMINISTRATIVE_MANDATE, null);
        assertEquals("error.invoice.purchaseOrderReference", refusal(() -> order.publicPaymentReferences("S", "X".repeat(51))));
        order.publicPaymentReferences(" SERVICE ", " ENG-1 ");
        assertEquals("SERVICE", order.serviceCode());
        assertEquals("ENG-1", order.commitmentNumber());
    }
}
