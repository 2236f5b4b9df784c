package eu.trustdesk.voucher.view;

import eu.trustdesk.ordering.boundary.PaymentOption;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.shared.pricing.PricedLine;
import eu.trustdesk.voucher.boundary.OrderForm;
import eu.trustdesk.voucher.boundary.OrderSummary;
import eu.trustdesk.voucher.boundary.PartnerVouchers;
import eu.trustdesk.voucher.boundary.LineRequest;
import eu.trustdesk.voucher.boundary.PriceListEntry;
import eu.trustdesk.voucher.entity.VoucherOrder;
import eu.trustdesk.voucher.entity.VoucherOrderLine;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code partner/vouchers/order-new.xhtml}: one end customer, lines of product × validity ×
 * quantity priced as they change, the payment type with the shop's rules, submit. View-scoped:
 * the lines live while the partner edits them.
 */
@Named
@ViewScoped
public class NewVoucherOrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PartnerVouchers vouchers;

    @Inject
    private LanguageBacking language;

    private List<PriceListEntry> offers;
    private final List<LineInput> lines = new ArrayList<>();
    private String customerName;
    private String notes;
    private PaymentMode paymentMode;
    private PriceSummary prices;
    private List<PaymentOption> paymentOptions = List.of();

    @PostConstruct
    void init() {
        offers = vouchers.priceList(language.getLanguage());
        addLine();
    }

    public void addLine() {
        LineInput line = new LineInput();
        line.setQuantity(1);
        if (!offers.isEmpty()) {
            line.setOffer(key(offers.get(0)));
        }
        lines.add(line);
        reprice();
    }

    public void removeLine(LineInput line) {
        if (lines.size() > 1) {
            lines.remove(line);
        }
        reprice();
    }

    /** Prices the lines as they stand; a line that cannot be priced is told, the others are kept. */
    public void reprice() {
        try {
            prices = vouchers.quote(requests(), language.getLanguage());
            paymentOptions = vouchers.paymentOptions(prices.totalIncludingVat());
        } catch (BusinessException e) {
            prices = null;
            paymentOptions = List.of();
            Messages.error(e);
        }
    }

    public String submit() {
        try {
            OrderSummary placed = vouchers.place(new OrderForm(customerName, notes, requests(), paymentMode),
                    language.getLanguage());
            Messages.info("voucher.order.placed", placed.number(), placed.voucherCount());
            return "/partner/vouchers/order?faces-redirect=true&id=" + placed.id();
        } catch (BusinessException e) {
            Messages.error(e);
            reprice();
            return null;
        }
    }

    /** The price of line {@code index} once priced, or null. */
    public PricedLine priced(int index) {
        return prices == null || index >= prices.lines().size() ? null : prices.lines().get(index);
    }

    private List<LineRequest> requests() {
        List<LineRequest> requests = new ArrayList<>();
        for (LineInput line : lines) {
            String offer = line.getOffer() == null ? "" : line.getOffer();
            int colon = offer.lastIndexOf(':');
            String sku = colon < 0 ? offer : offer.substring(0, colon);
            int years = colon < 0 ? -1 : parse(offer.substring(colon + 1));
            requests.add(new LineRequest(sku, years, line.getQuantity() == null ? 0 : line.getQuantity()));
        }
        return requests;
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String key(PriceListEntry entry) {
        return entry.sku() + ":" + entry.validityYears();
    }

    public String offerKey(PriceListEntry entry) {
        return key(entry);
    }

    public List<PriceListEntry> getOffers() {
        return offers;
    }

    public List<LineInput> getLines() {
        return lines;
    }

    public int getMaxQuantity() {
        return VoucherOrderLine.MAX_QUANTITY;
    }

    public int getCustomerNameLength() {
        return VoucherOrder.CUSTOMER_NAME_LENGTH;
    }

    public int getNotesLength() {
        return VoucherOrder.NOTES_LENGTH;
    }

    public PriceSummary getPrices() {
        return prices;
    }

    public BigDecimal getTotal() {
        return prices == null ? null : prices.totalIncludingVat();
    }

    public List<PaymentOption> getPaymentOptions() {
        return paymentOptions;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }

    public void setPaymentMode(PaymentMode paymentMode) {
        this.paymentMode = paymentMode;
    }

    /** A line as typed: the offer (product and validity) and the quantity. */
    public static class LineInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private String offer;
        private Integer quantity;

        public String getOffer() {
            return offer;
        }

        public void setOffer(String offer) {
            this.offer = offer;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }
}
