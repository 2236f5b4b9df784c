package eu.trustdesk.voucher.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new voucher order, as posted to the API. */
@Schema(name = "NewVoucherOrder")
public class ApiOrderRequest {

    @Schema(required = true, maxLength = 150)
    public String customerName;

    @Schema(maxLength = 500)
    public String notes;

    @Schema(required = true, enumeration = {"PREPAID_ACCOUNT", "CLIENT_CONTRACT", "BANK_TRANSFER"})
    public String paymentMode;

    /** At most 20 lines and 10,000 vouchers in all (VoucherOrder.MAX_LINES, MAX_VOUCHERS). */
    @Schema(required = true, minItems = 1, maxItems = 20, description = "1 to 20 lines, 10,000 vouchers at most in all")
    public List<Line> lines;

    /** One line: product, validity in years, quantity (1 to 1,000). */
    @Schema(name = "NewVoucherOrderLine")
    public static class Line {

        @Schema(required = true, example = "SIG-SOFT")
        public String sku;

        @Schema(required = true, example = "1")
        public int validityYears;

        @Schema(required = true, minimum = "1", maximum = "1000")
        public int quantity;
    }
}
