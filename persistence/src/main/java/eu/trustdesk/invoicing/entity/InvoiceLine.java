package eu.trustdesk.invoicing.entity;

import eu.trustdesk.shared.pricing.PricedLine;
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
import java.util.Objects;

/**
 * One line of an invoice (EN 16931 BG-25), as priced: quantity (BT-129) × net unit price (BT-146)
 * gives the gross amount, minus the line allowance (BT-136) gives the line net amount (BT-131).
 * Its number (BT-126) gives the order of the lines. Never changes after issue.
 */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    public static final int SKU_LENGTH = 40;
    public static final int DESCRIPTION_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNumber;

    /** BT-155, seller's item identifier. */
    @Column(name = "sku", nullable = false, updatable = false, length = SKU_LENGTH)
    private String sku;

    /** BT-153, item name. */
    @Column(name = "description", nullable = false, updatable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "gross_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal grossAmount;

    @Column(name = "allowance", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal allowance;

    @Column(name = "net_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal netAmount;

    /** BT-152. */
    @Column(name = "vat_rate", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    /** BT-151. */
    @Column(name = "vat_category", nullable = false, updatable = false, length = VatCategory.CODE_LENGTH)
    private String vatCategoryCode;

    protected InvoiceLine() {
        // for JPA
    }

    InvoiceLine(Invoice invoice, int lineNumber, PricedLine line, VatCategory vatCategory) {
        this.invoice = Objects.requireNonNull(invoice, "invoice");
        this.lineNumber = lineNumber;
        if (line.sku() == null || line.sku().isBlank() || line.sku().length() > SKU_LENGTH) {
            throw new IllegalArgumentException("line SKU missing or too long: " + line.sku());
        }
        this.sku = line.sku();
        String name = line.description() == null || line.description().isBlank() ? line.sku() : line.description().strip();
        if (name.length() > DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("line description longer than " + DESCRIPTION_LENGTH);
        }
        this.description = name;
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.grossAmount = line.grossAmount();
        this.allowance = line.allowance();
        this.netAmount = line.netAmount();
        this.vatRate = line.vatRate();
        this.vatCategoryCode = vatCategory.code();
    }

    public Long id() {
        return id;
    }

    public Invoice invoice() {
        return invoice;
    }

    /** 1, 2, 3... in the order of the document. */
    public int lineNumber() {
        return lineNumber;
    }

    public String sku() {
        return sku;
    }

    public String description() {
        return description;
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

    public VatCategory vatCategory() {
        return VatCategory.ofCode(vatCategoryCode);
    }

    /** The line in the shape of the price model. */
    public PricedLine priced() {
        return new PricedLine(sku, description, quantity, unitPrice, grossAmount, allowance, netAmount, vatRate);
    }
}
