package eu.trustdesk.shared.pricing;

import java.io.Serializable;
import java.math.BigDecimal;

/** One VAT rate of a document: the sum of its line net amounts (BT-116) and its VAT (BT-117). */
public record VatSubtotal(BigDecimal rate, BigDecimal taxableAmount, BigDecimal taxAmount) implements Serializable {
}
