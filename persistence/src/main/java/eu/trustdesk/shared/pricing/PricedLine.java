package eu.trustdesk.shared.pricing;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A priced line: {@code grossAmount} = quantity × unit price, {@code allowance} the discount on
 * it (BT-136), {@code netAmount} = gross − allowance (BT-131), all rounded to the cent.
 */
public record PricedLine(String sku, String description, int quantity, BigDecimal unitPrice, BigDecimal grossAmount,
        BigDecimal allowance, BigDecimal netAmount, BigDecimal vatRate) implements Serializable {
}
