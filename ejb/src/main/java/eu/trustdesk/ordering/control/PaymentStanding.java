package eu.trustdesk.ordering.control;

import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.ordering.entity.OrderStatus;
import eu.trustdesk.ordering.entity.PaymentMode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where the payment of the order behind an activation request stands, as the validator and the
 * applicant see it, and whether it lets the request go on ({@link #accepted()}).
 *
 * @param source what the request came from
 * @param orderNumber the order's number; null when the request has none
 * @param status the shop order's status; null for a voucher or no order
 * @param paymentMode how the shop order is paid; null for a voucher or no order
 * @param total the shop order's total including VAT
 * @param paid what was received so far by transfer or cheque
 * @param remaining what the order still waits for
 * @param paidOn the day the last payment arrived, or null
 */
public record PaymentStanding(Source source, String orderNumber, OrderStatus status, PaymentMode paymentMode,
        BigDecimal total, BigDecimal paid, BigDecimal remaining, String currency, LocalDate paidOn)
        implements Serializable {

    /** What a request comes from. */
    public enum Source {
        /** A shop order: its status decides. */
        ORDER,
        /** A redeemed voucher: it could be redeemed only once its order was paid. */
        VOUCHER,
        /** Nothing the shop sold (e.g. made by hand): no payment to wait for. */
        NONE
    }

    static PaymentStanding of(CustomerOrder order) {
        return new PaymentStanding(Source.ORDER, order.number(), order.status(), order.paymentMode(),
                order.totalIncludingVat(), order.amountPaid(), order.amountRemaining(), order.currency(),
                order.paidOn());
    }

    static PaymentStanding of(Source source, String orderNumber) {
        return new PaymentStanding(source, orderNumber, null, null, null, null, null, null, null);
    }

    /** Whether the order lets its requests be submitted to validation and approved. */
    public boolean accepted() {
        return source != Source.ORDER || status == OrderStatus.ACCEPTED || status == OrderStatus.FULFILLED;
    }

    /** The order is still waiting for (part of) its money. */
    public boolean awaitingPayment() {
        return status == OrderStatus.AWAITING_PAYMENT;
    }

    public boolean cancelled() {
        return status == OrderStatus.CANCELLED;
    }
}
