package eu.trustdesk.shared.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** What is bought: a product (by SKU), how many, at which unit price excluding VAT and which VAT rate (percent). */
public record LineItem(String sku, String description, int quantity, BigDecimal unitPrice, BigDecimal vatRate)
        implements Serializable {

    public LineItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(vatRate, "vatRate");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        if (unitPrice.signum() < 0 || vatRate.signum() < 0) {
            throw new IllegalArgumentException("negative price or VAT rate");
        }
    }
}
