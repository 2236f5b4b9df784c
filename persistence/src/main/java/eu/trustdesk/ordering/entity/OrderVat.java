package eu.trustdesk.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;

/** The VAT of one rate on an order or on the quote it comes from (EN 16931 BG-23). */
@Embeddable
public class OrderVat implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal rate;

    @Column(name = "taxable_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal taxableAmount;

    @Column(name = "tax_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal taxAmount;

    protected OrderVat() {
        // for JPA
    }

    public OrderVat(BigDecimal rate, BigDecimal taxableAmount, BigDecimal taxAmount) {
        this.rate = rate;
        this.taxableAmount = taxableAmount;
        this.taxAmount = taxAmount;
    }

    public BigDecimal rate() {
        return rate;
    }

    public BigDecimal taxableAmount() {
        return taxableAmount;
    }

    public BigDecimal taxAmount() {
        return taxAmount;
    }
}
