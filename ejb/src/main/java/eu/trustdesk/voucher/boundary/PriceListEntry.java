package eu.trustdesk.voucher.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** One row of a partner's price list: a voucher-eligible product and validity at the partner's unit price. */
public record PriceListEntry(String sku, String productName, int validityYears, BigDecimal cataloguePrice,
        BigDecimal partnerPrice, BigDecimal vatRate, String currency) implements Serializable {
}
