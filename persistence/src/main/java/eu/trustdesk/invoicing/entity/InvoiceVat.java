package eu.trustdesk.invoicing.entity;

import eu.trustdesk.shared.pricing.VatSubtotal;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of an invoice's VAT breakdown (EN 16931 BG-23): a rate (BT-119), its category (BT-118),
 * the sum of the net amounts of its lines (BT-116), the VAT on that sum rounded once (BT-117) and,
 * for a 0 % rate, the exemption reason (BT-120).
 */
@Embeddable
public class InvoiceVat implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal rate;

    @Column(name = "vat_category", nullable = false, length = VatCategory.CODE_LENGTH)
    private String categoryCode;

    @Column(name = "taxable_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxableAmount;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxAmount;

    @Column(name = "exemption_reason", length = VatExemption.REASON_LENGTH)
    private String exemptionReason;

    protected InvoiceVat() {
        // for JPA
    }

    InvoiceVat(BigDecimal rate, VatCategory category, BigDecimal taxableAmount, BigDecimal taxAmount,
            String exemptionReason) {
        this.rate = Objects.requireNonNull(rate, "rate");
        this.categoryCode = category.code();
        this.taxableAmount = Objects.requireNonNull(taxableAmount, "taxableAmount");
        this.taxAmount = Objects.requireNonNull(taxAmount, "taxAmount");
        this.exemptionReason = exemptionReason;
    }

    InvoiceVat copy() {
        return new InvoiceVat(rate, category(), taxableAmount, taxAmount, exemptionReason);
    }

    public BigDecimal rate() {
        return rate;
    }

    public VatCategory category() {
        return VatCategory.ofCode(categoryCode);
    }

    public BigDecimal taxableAmount() {
        return taxableAmount;
    }

    public BigDecimal taxAmount() {
        return taxAmount;
    }

    /** Null for the standard category. */
    public String exemptionReason() {
        return exemptionReason;
    }

    public VatSubtotal subtotal() {
        return new VatSubtotal(rate, taxableAmount, taxAmount);
    }
}
