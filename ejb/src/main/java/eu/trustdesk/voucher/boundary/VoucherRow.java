package eu.trustdesk.voucher.boundary;

import eu.trustdesk.voucher.entity.Voucher;
import eu.trustdesk.voucher.entity.VoucherState;
import java.io.Serializable;
import java.time.Instant;

/** One voucher of an order, as the partner sees it. */
public record VoucherRow(long id, String code, String url, String sku, String productName, int validityYears,
        VoucherState state, Instant expiresAt, Instant redeemedAt) implements Serializable {

    static VoucherRow of(Voucher voucher, String redemptionBase) {
        return new VoucherRow(voucher.id(), voucher.groupedCode(), redemptionBase + voucher.groupedCode(), voucher.sku(),
                voucher.productName(), voucher.validityYears(), voucher.state(), voucher.expiresAt(),
                voucher.redeemedAt());
    }

    /** The code with all but its last group hidden, for the page before "Show codes". */
    public String masked() {
        return "•••••-•••••-•••••-•••••-" + code.substring(code.length() - 5);
    }
}
