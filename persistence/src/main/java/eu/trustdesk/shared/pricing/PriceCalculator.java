package eu.trustdesk.shared.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prices lines the EN 16931 way (see the package documentation). Amounts have two decimals,
 * rounded half up, as the French and Italian e-invoicing rules expect.
 */
public final class PriceCalculator {

    private static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceCalculator() {
    }

    public static PriceSummary price(String currency, List<LineItem> items, Discount discount) {
        List<BigDecimal> gross = items.stream()
                .map(i -> cents(i.unitPrice().multiply(BigDecimal.valueOf(i.quantity()))))
                .toList();
        List<BigDecimal> allowances = allowances(items, gross, discount);

        List<PricedLine> lines = new ArrayList<>();
        Map<BigDecimal, BigDecimal> taxableByRate = new TreeMap<>();
        BigDecimal discountTotal = zero();
        BigDecimal totalNet = zero();
        for (int i = 0; i < items.size(); i++) {
            LineItem item = items.get(i);
            BigDecimal net = gross.get(i).subtract(allowances.get(i));
            BigDecimal rate = item.vatRate().setScale(SCALE, RoundingMode.HALF_UP);
            lines.add(new PricedLine(item.sku(), item.description(), item.quantity(), item.unitPrice(), gross.get(i),
                    allowances.get(i), net, rate));
            taxableByRate.merge(rate, net, BigDecimal::add);
            discountTotal = discountTotal.add(allowances.get(i));
            totalNet = totalNet.add(net);
        }
        List<VatSubtotal> breakdown = new ArrayList<>();
        BigDecimal totalVat = zero();
        for (Map.Entry<BigDecimal, BigDecimal> rate : taxableByRate.entrySet()) {
            // VAT is rounded once per rate, never per line: the rule of EN 16931 (BR-CO-17)
            BigDecimal vat = cents(rate.getValue().multiply(rate.getKey()).divide(HUNDRED));
            breakdown.add(new VatSubtotal(rate.getKey(), rate.getValue(), vat));
            totalVat = totalVat.add(vat);
        }
        return new PriceSummary(currency, lines, breakdown, discountTotal, totalNet, totalVat, totalNet.add(totalVat));
    }

    /** The discount per line: a percentage of each eligible line, or a fixed amount shared in proportion. */
    private static List<BigDecimal> allowances(List<LineItem> items, List<BigDecimal> gross, Discount discount) {
        List<BigDecimal> allowances = new ArrayList<>();
        items.forEach(i -> allowances.add(zero()));
        if (discount == null || discount.value().signum() == 0) {
            return allowances;
        }
        BigDecimal eligible = zero();
        int largest = -1;
        for (int i = 0; i < items.size(); i++) {
            if (discount.appliesTo(items.get(i).sku())) {
                eligible = eligible.add(gross.get(i));
                if (largest < 0 || gross.get(i).compareTo(gross.get(largest)) > 0) {
                    largest = i;
                }
            }
        }
        if (eligible.signum() == 0) {
            return allowances;
        }
        if (discount.kind() == Discount.Kind.PERCENT) {
            for (int i = 0; i < items.size(); i++) {
                if (discount.appliesTo(items.get(i).sku())) {
                    allowances.set(i, cents(gross.get(i).multiply(discount.value()).divide(HUNDRED)));
                }
            }
            return allowances;
        }
        BigDecimal amount = cents(discount.value().min(eligible));
        BigDecimal shared = zero();
        for (int i = 0; i < items.size(); i++) {
            if (i != largest && discount.appliesTo(items.get(i).sku())) {
                BigDecimal part = cents(amount.multiply(gross.get(i)).divide(eligible, 10, RoundingMode.HALF_UP));
                allowances.set(i, part);
                shared = shared.add(part);
            }
        }
        // the largest line takes the rounding remainder, so the parts add up to the amount exactly
        allowances.set(largest, amount.subtract(shared).min(gross.get(largest)));
        return allowances;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
