package eu.trustdesk.voucher.api;

import eu.trustdesk.voucher.boundary.OrderSummary;
import eu.trustdesk.voucher.boundary.VoucherRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A voucher order in the API's JSON, with its vouchers when one order is read. An order paid by
 * transfer says whether it still waits for the money ({@code awaitingPayment}, {@code amountRemaining});
 * its vouchers are {@code AWAITING_PAYMENT} until then and cannot be redeemed.
 */
@Schema(name = "VoucherOrder")
public record ApiOrder(String number, String customerName, String notes, String paymentMode, BigDecimal totalIncludingVat,
        String currency, Instant orderedAt, Instant expiresAt, Instant cancelledAt, String invoiceNumber,
        String creditNoteNumber, int voucherCount, Map<String, Long> vouchersByState, List<ApiVoucher> vouchers,
        boolean awaitingPayment, BigDecimal amountRemaining) {

    static ApiOrder of(OrderSummary order, List<VoucherRow> vouchers) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        order.counts().forEach((state, count) -> counts.put(state.name(), count));
        return new ApiOrder(order.number(), order.customerName(), order.notes(), order.paymentMode().name(),
                order.totalIncludingVat(), order.currency(), order.orderedAt(), order.expiresAt(), order.cancelledAt(),
                order.invoiceNumber(), order.creditNoteNumber(), order.voucherCount(), counts,
                vouchers == null ? null : vouchers.stream().map(ApiVoucher::of).toList(), order.awaitingPayment(),
                order.amountRemaining());
    }

    /** One voucher. */
    @Schema(name = "Voucher")
    public record ApiVoucher(String code, String url, String sku, String product, int validityYears, String state,
            Instant expiresAt, Instant redeemedAt) {

        static ApiVoucher of(VoucherRow row) {
            return new ApiVoucher(row.code(), row.url(), row.sku(), row.productName(), row.validityYears(),
                    row.state().name(), row.expiresAt(), row.redeemedAt());
        }
    }
}
