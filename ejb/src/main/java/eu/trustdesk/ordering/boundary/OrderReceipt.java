package eu.trustdesk.ordering.boundary;

import eu.trustdesk.ordering.entity.OrderStatus;
import eu.trustdesk.ordering.entity.PaymentMode;
import java.io.Serializable;
import java.math.BigDecimal;

/** What the buyer sees right after submitting: the order number and what happens next. */
public record OrderReceipt(long id, String number, OrderStatus status, PaymentMode paymentMode,
        BigDecimal totalIncludingVat, String currency, boolean buyerIsApplicant, String applicantEmail,
        String paymentInstructions)
        implements Serializable {
}
