package eu.trustdesk.ordering.view;

import eu.trustdesk.ordering.boundary.CartLine;
import eu.trustdesk.ordering.boundary.Checkout;
import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.pricing.PriceSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The visitor's cart, kept in the session: lines and the discount code typed. Prices are never
 * kept here; they are asked from the checkout boundary each time the cart is shown.
 */
@Named
@SessionScoped
public class CartBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<CartLine> lines = new ArrayList<>();
    private String couponCode;
    private String couponInput;
    private transient PriceSummary summary;

    @EJB
    private Checkout checkout;

    @Inject
    private LanguageBacking language;

    /** Adds a product; the same product and validity again only raises the quantity. */
    public void add(String sku, int validityYears, int quantity) {
        int q = Math.max(1, Math.min(quantity, CartLine.MAX_QUANTITY));
        for (int i = 0; i < lines.size(); i++) {
            CartLine line = lines.get(i);
            if (line.sku().equals(sku) && line.validityYears() == validityYears) {
                lines.set(i, line.withQuantity(Math.min(line.quantity() + q, CartLine.MAX_QUANTITY)));
                summary = null;
                return;
            }
        }
        lines.add(new CartLine(sku, validityYears, q));
        summary = null;
    }

    public void remove(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
            summary = null;
        }
    }

    public void changeQuantity(int index, Integer quantity) {
        if (index >= 0 && index < lines.size() && quantity != null) {
            lines.set(index, lines.get(index).withQuantity(Math.max(1, Math.min(quantity, CartLine.MAX_QUANTITY))));
            summary = null;
        }
    }


    /** "Do you have a discount code?": checked now, kept for the checkout. */
    public void applyCoupon() {
        String code = couponInput == null ? null : couponInput.strip();
        try {
            if (code == null || code.isEmpty()) {
                checkout.price(lines, null, language.getLanguage());
            } else {
                // tried through the boundary that counts refused codes per address and account
                String address = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                        .getRequest()).getRemoteAddr();
                checkout.applyCoupon(lines, code, address, language.getLanguage());
            }
            couponCode = code == null || code.isEmpty() ? null : code;
            summary = null;
            if (couponCode != null) {
                Messages.info("cart.coupon.applied", couponCode.toUpperCase(java.util.Locale.ROOT));
            }
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void removeCoupon() {
        couponCode = null;
        couponInput = null;
        summary = null;
    }

    /** The priced cart, or null when it is empty or cannot be priced (the reason is shown). */
    public PriceSummary getSummary() {
        if (summary == null && !lines.isEmpty()) {
            try {
                summary = checkout.price(lines, couponCode, language.getLanguage());
            } catch (BusinessException e) {
                // a code that no longer applies (expired, used up) leaves the cart usable without it
                if (couponCode != null && e.messageKey().startsWith("error.coupon")) {
                    couponCode = null;
                    Messages.error(e);
                    return getSummary();
                }
                Messages.error(e);
            }
        }
        return summary;
    }

    public void goToCheckout() {
        Pages.redirect("/customer/checkout.xhtml");
    }

    void clear() {
        lines.clear();
        couponCode = null;
        couponInput = null;
        summary = null;
    }

    public List<CartLine> getLines() {
        return List.copyOf(lines);
    }

    public int getCount() {
        return lines.stream().mapToInt(CartLine::quantity).sum();
    }

    /** Not {@code isEmpty}: "empty" is an EL operator, so a property of that name cannot be read in a page. */
    public boolean isCartEmpty() {
        return lines.isEmpty();
    }

    public String getCouponCode() {
        return couponCode;
    }

    public String getCouponInput() {
        return couponInput;
    }

    public void setCouponInput(String couponInput) {
        this.couponInput = couponInput;
    }
}
