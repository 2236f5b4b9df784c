package eu.trustdesk.voucher.control;

import eu.trustdesk.voucher.boundary.PriceListEntry;
import eu.trustdesk.voucher.boundary.LineRequest;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.Money;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.voucher.entity.VoucherOrderLine;
import eu.trustdesk.voucher.entity.VoucherPartner;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The partner's price list and the pricing of a voucher order against it, with the shop's
 * calculator (EN 16931 rounding), so that the page, the order and its invoice show the same cents.
 *
 * <p>Which products can be sold as vouchers: those on sale that need an activation request and are
 * not shipped; a voucher stands for a right to a certificate or a plan, not for goods to post.
 */
@Dependent
public class VoucherPricing {

    @PersistenceContext
    private EntityManager em;

    public static boolean eligible(Product product) {
        return product.active() && product.kind().needsActivation() && !product.shipped();
    }

    public List<PriceListEntry> priceList(VoucherPartner partner, Language language) {
        List<PriceListEntry> entries = new ArrayList<>();
        for (Product product : em.createNamedQuery(Product.ACTIVE_IN_ORDER, Product.class).getResultList()) {
            if (!eligible(product)) {
                continue;
            }
            for (Map.Entry<Integer, Money> price : product.prices().entrySet()) {
                entries.add(new PriceListEntry(product.sku(), product.name(language), price.getKey(),
                        price.getValue().amount(), partner.priceOf(price.getValue().amount()), product.vatRate(),
                        price.getValue().currency()));
            }
        }
        return entries;
    }

    /**
     * Prices the lines at the partner's prices.
     *
     * @throws BusinessException {@code error.voucher.order.noLine}, {@code error.voucher.order.product}
     *         (line number), {@code error.voucher.order.validity} (line number),
     *         {@code error.voucher.order.quantity} (maximum)
     */
    public PriceSummary price(VoucherPartner partner, List<LineRequest> lines, Language language) {
        if (lines == null || lines.isEmpty()) {
            throw new BusinessException("error.voucher.order.noLine");
        }
        List<LineItem> items = new ArrayList<>();
        String currency = null;
        int number = 0;
        for (LineRequest line : lines) {
            number++;
            Product product = line.sku() == null ? null : em.createNamedQuery(Product.BY_SKU, Product.class)
                    .setParameter("sku", line.sku()).getResultStream().findFirst().orElse(null);
            if (product == null || !eligible(product)) {
                throw new BusinessException("error.voucher.order.product", number);
            }
            Money price = product.prices().get(line.validityYears());
            if (price == null) {
                throw new BusinessException("error.voucher.order.validity", number);
            }
            if (line.quantity() < 1 || line.quantity() > VoucherOrderLine.MAX_QUANTITY) {
                throw new BusinessException("error.voucher.order.quantity", VoucherOrderLine.MAX_QUANTITY);
            }
            if (currency != null && !currency.equals(price.currency())) {
                throw new BusinessException("error.voucher.order.product", number);
            }
            currency = price.currency();
            items.add(new LineItem(product.sku(), product.name(language), line.quantity(),
                    partner.priceOf(price.amount()), product.vatRate()));
        }
        return PriceCalculator.price(currency, items, null);
    }
}
