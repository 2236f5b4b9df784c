package eu.trustdesk.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.ordering.control.PaymentContext;
import eu.trustdesk.ordering.control.PaymentPolicy;
import eu.trustdesk.ordering.entity.PaymentMode;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentPolicyTest {

    private final PaymentPolicy policy = new PaymentPolicy();
    private static final BigDecimal TOTAL = new BigDecimal("178.80");

    private static PaymentContext privateCompany() {
        return new PaymentContext(false, false, null, TOTAL, false);
    }

    @Test
    void aPrivateCompanyIsRefusedTheAdministrativeMandate() {
        assertEquals(Optional.of("error.payment.mandateRequiresPublicBody"),
                policy.refusal(PaymentMode.ADMINISTRATIVE_MANDATE, privateCompany()));
        assertTrue(policy.allows(PaymentMode.ADMINISTRATIVE_MANDATE, new PaymentContext(true, false, null, TOTAL, false)));
    }

    @Test
    void cardIsNeverAvailableAndTransferAlways() {
        assertEquals(Optional.of("error.payment.cardUnavailable"), policy.refusal(PaymentMode.CARD, privateCompany()));
        assertTrue(policy.allows(PaymentMode.BANK_TRANSFER, privateCompany()));
    }

    @Test
    void contractOnlyWithAnActiveOne() {
        assertEquals(Optional.of("error.payment.contractRequired"), policy.refusal(PaymentMode.CLIENT_CONTRACT, privateCompany()));
        assertTrue(policy.allows(PaymentMode.CLIENT_CONTRACT, new PaymentContext(false, true, null, TOTAL, false)));
    }

    @Test
    void prepaidOnlyWhenTheBalanceCoversTheTotal() {
        assertEquals(Optional.of("error.payment.noPrepaidAccount"), policy.refusal(PaymentMode.PREPAID_ACCOUNT, privateCompany()));
        assertEquals(Optional.of("error.payment.prepaidShort"), policy.refusal(PaymentMode.PREPAID_ACCOUNT,
                new PaymentContext(false, false, new BigDecimal("178.79"), TOTAL, false)));
        assertTrue(policy.allows(PaymentMode.PREPAID_ACCOUNT, new PaymentContext(false, false, TOTAL, TOTAL, false)));
    }

    @Test
    void chequeOnlyWithThePaperFileByPost() {
        assertEquals(Optional.of("error.payment.chequeNeedsPaperFile"), policy.refusal(PaymentMode.CHEQUE, privateCompany()));
        assertTrue(policy.allows(PaymentMode.CHEQUE, new PaymentContext(false, false, null, TOTAL, true)));
    }

    @Test
    void aZeroTotalNeedsNoPaymentAndAcceptsNoOther() {
        PaymentContext free = new PaymentContext(true, true, TOTAL, BigDecimal.ZERO.setScale(2), true);
        assertTrue(policy.allows(PaymentMode.NONE, free));
        for (PaymentMode mode : PaymentMode.values()) {
            if (mode != PaymentMode.NONE) {
                assertEquals(Optional.of("error.payment.nothingToPay"), policy.refusal(mode, free), mode.name());
            }
        }
        assertEquals(Optional.of("error.payment.modeRequired"), policy.refusal(PaymentMode.NONE, privateCompany()));
    }
}
