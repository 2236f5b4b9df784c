package eu.trustdesk.procurement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One priced line of a quote, as the EN 16931 price calculation gave it; the order repeats it. */
@Entity
@Table(name = "quote_line")
public class QuoteLine {

    static final int DESCRIPTION_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "quote_id", nullable = false)
    private Quote quote;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "sku", nullable = false, length = 40)
    private String sku;

    @Column(name = "description", nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "validity_years", nullable = false)
    private int validityYears;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "gross_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal grossAmount;

    @Column(name = "allowance", nullable = false, precision = 12, scale = 2)
    private BigDecimal allowance;

    @Column(name = "net_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal netAmount;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    @Column(name = "needs_activation", nullable = false)
    private boolean needsActivation;

    /** Physical goods: reserved by a pre-order, shipped with a delivery note. */
    @Column(name = "shipped", nullable = false)
    private boolean shipped;

    protected QuoteLine() {
        // for JPA
    }

    QuoteLine(Quote quote, int position, String sku, String description, int validityYears, int quantity,
            BigDecimal unitPrice, BigDecimal grossAmount, BigDecimal allowance, BigDecimal netAmount,
            BigDecimal vatRate, boolean needsActivation, boolean shipped) {
        this.quote = quote;
        this.position = position;
        this.sku = sku;
        this.description = description.length() > DESCRIPTION_LENGTH ? description.substring(0, DESCRIPTION_LENGTH)
                : description;
        this.validityYears = validityYears;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.grossAmount = grossAmount;
        this.allowance = allowance;
        this.netAmount = netAmount;
        this.vatRate = vatRate;
        this.needsActivation = needsActivation;
        this.shipped = shipped;
    }

    public int position() {
        return position;
    }

    public String sku() {
        return sku;
    }

    public String description() {
        return description;
    }

    public int validityYears() {
        return validityYears;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal grossAmount() {
        return grossAmount;
    }

    public BigDecimal allowance() {
        return allowance;
    }

    public BigDecimal netAmount() {
        return netAmount;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    public boolean needsActivation() {
        return needsActivation;
    }

    public boolean shipped() {
        return shipped;
    }
}
