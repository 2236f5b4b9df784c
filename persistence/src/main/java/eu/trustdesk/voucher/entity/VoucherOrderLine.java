package eu.trustdesk.voucher.entity;

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

/** One line of a voucher order: a product × validity × quantity at the partner's unit price. */
@Entity
@Table(name = "voucher_order_line")
public class VoucherOrderLine {

    /** The most vouchers one line may ask for. */
    public static final int MAX_QUANTITY = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private VoucherOrder voucherOrder;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "sku", nullable = false, length = 40)
    private String sku;

    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @Column(name = "validity_years", nullable = false)
    private int validityYears;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "net_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal netAmount;

    @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal vatRate;

    protected VoucherOrderLine() {
        // for JPA
    }

    VoucherOrderLine(VoucherOrder order, int position, String sku, String productName, int validityYears, int quantity,
            BigDecimal unitPrice, BigDecimal netAmount, BigDecimal vatRate) {
        this.voucherOrder = order;
        this.position = position;
        this.sku = sku;
        this.productName = productName.length() > 200 ? productName.substring(0, 200) : productName;
        this.validityYears = validityYears;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.netAmount = netAmount;
        this.vatRate = vatRate;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String sku() {
        return sku;
    }

    public String productName() {
        return productName;
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

    public BigDecimal netAmount() {
        return netAmount;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }
}
