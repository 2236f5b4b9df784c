package eu.trustdesk.shared.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of a cart, order or invoice: its lines, the VAT breakdown by rate and the totals:
 * sum of line net amounts (BT-106, also BT-109 as there are no document-level allowances), total
 * VAT (BT-110), total including VAT (BT-112) and the discount granted.
 */
public record PriceSummary(String currency, List<PricedLine> lines, List<VatSubtotal> vatBreakdown,
        BigDecimal discountTotal, BigDecimal totalExcludingVat, BigDecimal totalVat, BigDecimal totalIncludingVat)
        implements Serializable {

    public PriceSummary {
        lines = List.copyOf(lines);
        vatBreakdown = List.copyOf(vatBreakdown);
    }

    public boolean isZero() {
        return totalIncludingVat.signum() == 0;
    }
}
