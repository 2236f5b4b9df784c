package eu.trustdesk.voucher.boundary;

import java.io.Serializable;

/** One line as the partner asks for it: a product, its validity in years, how many vouchers. */
public record LineRequest(String sku, int validityYears, int quantity) implements Serializable {
}
