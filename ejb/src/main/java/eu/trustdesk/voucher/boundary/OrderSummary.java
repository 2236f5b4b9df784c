package eu.trustdesk.voucher.boundary;

import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.voucher.entity.VoucherOrder;
import eu.trustdesk.voucher.entity.VoucherState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A voucher order as lists show it: its figures, how many of its vouchers are in each state, and,
 * for an order paid by transfer, whether it still waits for (part of) its money.
 */
public record OrderSummary(long id, String number, String customerName, String notes, PaymentMode paymentMode,
        BigDecimal totalIncludingVat, String currency, Instant orderedAt, Instant expiresAt, Instant cancelledAt,
        String invoiceNumber, String creditNoteNumber, int voucherCount, Map<VoucherState, Long> counts,
        boolean awaitingPayment, BigDecimal amountPaid, BigDecimal amountRemaining)
        implements Serializable {

    static OrderSummary of(VoucherOrder order, Map<VoucherState, Long> counts) {
        Map<VoucherState, Long> all = new EnumMap<>(VoucherState.class);
        for (VoucherState state : VoucherState.values()) {
            all.put(state, counts == null ? 0L : counts.getOrDefault(state, 0L));
        }
        return new OrderSummary(order.id(), order.number(), order.customerName(), order.notes(), order.paymentMode(),
                order.totalIncludingVat(), order.currency(), order.orderedAt(), order.expiresAt(), order.cancelledAt(),
                order.invoiceNumber(), order.creditNoteNumber(), order.voucherCount(), all, order.awaitingPayment(),
                order.amountPaid(), order.amountRemaining());
    }

    public long count(VoucherState state) {
        return counts.getOrDefault(state, 0L);
    }

    public long getAwaitingPayment() {
        return count(VoucherState.AWAITING_PAYMENT);
    }

    public long getValidUnused() {
        return count(VoucherState.VALID_UNUSED);
    }

    public long getValidUsed() {
        return count(VoucherState.VALID_USED);
    }

    public long getExpired() {
        return count(VoucherState.EXPIRED);
    }

    public long getCancelled() {
        return count(VoucherState.CANCELLED);
    }
}
