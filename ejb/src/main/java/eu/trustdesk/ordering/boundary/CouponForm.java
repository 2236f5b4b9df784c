package eu.trustdesk.ordering.boundary;

import eu.trustdesk.ordering.entity.Coupon;
import eu.trustdesk.shared.pricing.Discount;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new discount code as typed in the console. The code is kept in the form it is stored in
 * (upper case, no surrounding blanks) as soon as it is typed. The rules that need more than one
 * field (a percentage of at most 100, a window in order) are the coupon's own.
 */
public class CouponForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checked as typed, in any case and with blanks around; kept normalised by {@link #setCode}. */
    @NotNull
    @Pattern(regexp = "\\s*[A-Za-z0-9-]{3,30}\\s*")
    private String code;

    @NotNull
    private Discount.Kind kind = Discount.Kind.PERCENT;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 10, fraction = 2)
    private BigDecimal value;

    @NotNull
    private LocalDate validFrom;

    @NotNull
    private LocalDate validUntil;

    /** SKUs the discount applies to; empty: every product. */
    private List<String> skus = new ArrayList<>();

    @Min(1)
    private Integer usageLimit;

    @Min(1)
    private Integer perCustomerLimit;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : Coupon.normalizeCode(code);
    }

    public Discount.Kind getKind() {
        return kind;
    }

    public void setKind(Discount.Kind kind) {
        this.kind = kind;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public List<String> getSkus() {
        return skus;
    }

    public void setSkus(List<String> skus) {
        this.skus = skus == null ? new ArrayList<>() : new ArrayList<>(skus);
    }

    public Integer getUsageLimit() {
        return usageLimit;
    }

    public void setUsageLimit(Integer usageLimit) {
        this.usageLimit = usageLimit;
    }

    public Integer getPerCustomerLimit() {
        return perCustomerLimit;
    }

    public void setPerCustomerLimit(Integer perCustomerLimit) {
        this.perCustomerLimit = perCustomerLimit;
    }
}
